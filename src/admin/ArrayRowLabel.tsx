'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

type Props = { singular: Record<string, string> }

const MAX_LENGTH = 80

/** The words a row holds, in field order: what an editor recognises it by ("Đường dây 1: … · 111"). */
function wordsOf(data: unknown): string {
  if (!data || typeof data !== 'object') return ''
  const words = Object.entries(data as Record<string, unknown>)
    .filter(([key, value]) => key !== 'id' && typeof value === 'string' && value.trim() !== '')
    .map(([, value]) => (value as string).trim())
    .join(' · ')
  return words.length > MAX_LENGTH ? `${words.slice(0, MAX_LENGTH - 1)}…` : words
}

/** A row of any array: its kind in the editor's language, its number from 1, and what it says. */
export function ArrayRowLabel({ singular }: Props) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const kind = singular[i18n.language] ?? singular.vi ?? ''
  const words = wordsOf(data)
  const title = `${kind} ${(rowNumber ?? 0) + 1}`
  return <span>{words ? `${title}: ${words}` : title}</span>
}
