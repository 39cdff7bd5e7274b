'use server'

import { headers } from 'next/headers'
import React, { type ReactNode } from 'react'

import { isContentCollection } from '@/content/contentCollections'
import { deliveryPayload } from '@/deliveryPayload'
import { isLang } from '@/i18n/lang'
import { parsePathId } from '@/platform/http/pathId'
import { previewForSession } from '@/preview/previewForSession'
import { PreviewBody } from './PreviewBody'

/**
 * Payload's live preview, drawn on the server: the admin form's unsaved values for one item,
 * rendered by the site's own page component for the staff member whose session cookie came
 * with the call. Anyone else, or a malformed call, gets nothing.
 */
export async function renderLivePreview(input: { collection: string; id: string; lang: string; data: unknown }): Promise<ReactNode> {
  const id = parsePathId(String(input?.id ?? ''))
  const { collection, lang, data } = input ?? {}
  if (!isContentCollection(collection) || id === null || !isLang(lang) || !data || typeof data !== 'object' || Array.isArray(data)) return null
  const item = await previewForSession(await deliveryPayload(), { headers: await headers(), collection, id, lang, unsaved: data as Record<string, unknown> })
  return item ? <PreviewBody lang={lang} item={item} /> : null
}
