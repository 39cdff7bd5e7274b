'use client'

import { useAdminWords } from '@/admin/useAdminWords'
import { useFormFields, useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { romanNumeral } from '@/consultation/snapshot/romanNumeral'

type Level = 'chapter' | 'article' | 'clause'
type Row = { title?: string; heading?: string }

/** Row indexes along a path such as "chapters.1.articles.0.clauses.2" → [1, 0, 2]. */
const indexesOf = (path: string): number[] => [...path.matchAll(/\.(\d+)(?=\.|$)/g)].map((match) => Number(match[1]))

/**
 * A code's chapter, article or clause row, labelled by its legal number as the public site
 * numbers it: chapters in Roman numerals, articles counted through the whole code, clauses
 * within their article ("Chương II · Điều 3. Trách nhiệm của cha mẹ").
 */
export function CodeRowLabel({ level }: { level: Level }) {
  const { data, path, rowNumber = 0 } = useRowLabel<Row>()
  const words = useAdminWords('adminTools').codeParts
  const [chapterIndex = rowNumber, articleIndex = rowNumber] = indexesOf(`${path}`)
  // Articles are counted through the whole code: add the articles of every earlier chapter.
  const articlesBefore = useFormFields(([fields]) => {
    let count = 0
    for (let chapter = 0; chapter < chapterIndex; chapter += 1) count += Number(fields[`chapters.${chapter}.articles`]?.value ?? 0)
    return count
  })
  const chapter = `${words.chapter} ${romanNumeral(chapterIndex + 1)}`
  if (level === 'chapter') return <span>{data?.title ? `${chapter} · ${data.title}` : chapter}</span>
  const article = `${words.article} ${articlesBefore + articleIndex + 1}`
  if (level === 'article') return <span>{`${chapter} · ${article}${data?.title ? `. ${data.title}` : ''}`}</span>
  const clause = `${words.clause} ${rowNumber + 1}`
  return <span>{`${article} · ${clause}${data?.heading ? `. ${data.heading}` : ''}`}</span>
}
