'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Payload's server-side live preview protocol, as `RefreshRouteOnSave` of
 * @payloadcms/live-preview-react speaks it, without the dependency: tell the admin's frame
 * host the page is ready, and render the page again on the server each time the admin says
 * the document was saved (a draft save or an autosave). Only messages from this origin,
 * the admin's, are heeded.
 */
export function RefreshOnSave() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin) return
      const type = (event.data as { type?: unknown } | null)?.type
      if (type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const host = window.opener ?? (window.parent !== window ? window.parent : null)
    host?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
