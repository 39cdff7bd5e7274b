'use client'

import { useRouter } from 'next/navigation'
import React, { startTransition, useEffect, useRef, useState, type ReactNode } from 'react'

import { renderLivePreview } from './renderLivePreview'

type Props = { collection: string; id: string; lang: string; children: ReactNode }

/** How long typing may pause before the page is drawn again (ms). */
const SETTLE_MS = 250

/**
 * Payload's live preview protocol, as `useLivePreview` and `RefreshRouteOnSave` of
 * @payloadcms/live-preview-react speak it, with the page still drawn on the server:
 * - tell the admin's frame host the page is ready;
 * - each time the admin's form changes (`payload-live-preview` with the form's values), draw
 *   the item again on the server from those values, once typing settles, newest answer wins;
 * - each time the document is saved (`payload-document-event`), render the route again and
 *   drop the unsaved drawing.
 * Only messages from this origin, the admin's, are heeded.
 */
export function LivePreview({ collection, id, lang, children }: Props) {
  const router = useRouter()
  const [live, setLive] = useState<ReactNode | null>(null)
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    const origin = window.location.origin
    const draw = async (data: unknown, ticket: number) => {
      const node = await renderLivePreview({ collection, id, lang, data }).catch(() => null)
      if (ticket === latest.current && node) setLive(node)
    }
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin) return
      const message = event.data as { type?: unknown; data?: unknown; locale?: unknown; collectionSlug?: unknown } | null
      if (message?.type === 'payload-document-event') {
        latest.current += 1
        // One transition: the unsaved drawing gives way only when the saved page has
        // arrived, so the frame never shows the version from before the save.
        startTransition(() => {
          router.refresh()
          setLive(null)
        })
        return
      }
      if (message?.type !== 'payload-live-preview' || !message.data) return
      if (message.collectionSlug !== collection || (typeof message.locale === 'string' && message.locale !== lang)) return
      const ticket = ++latest.current
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void draw(message.data, ticket), SETTLE_MS)
    }
    window.addEventListener('message', onMessage)
    const host = window.opener ?? (window.parent !== window ? window.parent : null)
    host?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => {
      window.removeEventListener('message', onMessage)
      if (timer.current) clearTimeout(timer.current)
    }
  }, [collection, id, lang, router])

  return (
    <div data-live-preview={live ? 'unsaved' : 'saved'} style={{ display: 'contents' }}>
      {live ?? children}
    </div>
  )
}
