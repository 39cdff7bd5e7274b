'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { rowTitle, type RowDate } from '@/i18n/rowTitle'

type Props = { singular: Record<string, string>; dates?: RowDate[] }

/** A row of any array: its kind in the editor's language, its number from 1, and what it says. */
export function ArrayRowLabel({ singular, dates }: Props) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const kind = singular[i18n.language] ?? singular.vi ?? ''
  return <span>{rowTitle({ kind, index: rowNumber ?? 0, data, dates })}</span>
}
