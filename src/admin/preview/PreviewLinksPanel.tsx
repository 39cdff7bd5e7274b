'use client'

import { langOrDefault } from '@/i18n/lang'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { useAdminWords } from '@/admin/useAdminWords'
import { formatDateTime } from '@/i18n/formatDateTime'

type Listed = { id: number; lang: 'vi' | 'en'; createdBy: string; createdAt: string; expiresAt: string }
type ErrorAnswer = { error?: { message?: string } }

/**
 * On a campaign, article or briefing pack: open the site's preview of the working copy in
 * either language, and make a shared preview link for someone outside the newsroom (shown
 * once), list the links still in force and revoke them. Talks to /api/preview-links.
 */
export function PreviewLinksPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = langOrDefault(i18n.language)
  const words = useAdminWords('preview')
  const [links, setLinks] = useState<Listed[]>([])
  const [hours, setHours] = useState<number | null>(null)
  const [created, setCreated] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const endpoint = `/api/preview-links/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(endpoint, { credentials: 'include' })
    if (!response.ok) return
    const body = (await response.json()) as { links: Listed[]; hours: number }
    setLinks(body.links)
    setHours(body.hours)
  }, [endpoint, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p>{words.saveFirst}</p>

  const create = async (linkLang: 'vi' | 'en') => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ lang: linkLang }),
      })
      const body = (await response.json().catch(() => ({}))) as { url?: string } & ErrorAnswer
      if (!response.ok || !body.url) {
        setMessage(body.error?.message ?? `HTTP ${response.status}`)
        return
      }
      setCreated(body.url)
      setMessage(words.copied)
      await load()
    } finally {
      setBusy(false)
    }
  }

  const revoke = async (linkId: number) => {
    setBusy(true)
    try {
      const response = await fetch(`/api/preview-links/${linkId}`, { method: 'DELETE', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as ErrorAnswer
      setMessage(response.ok ? words.revoked : (body.error?.message ?? `HTTP ${response.status}`))
      await load()
    } finally {
      setBusy(false)
    }
  }

  const base = `/preview/${collectionSlug}/${id}`
  return (
    <div data-testid="preview-links-panel" style={{ marginBottom: '1.5rem' }}>
      <h4>{words.panelTitle}</h4>
      <p>
        <a href={base} target="_blank" rel="noreferrer">
          {words.openPreview}
        </a>
        <br />
        <a href={`/en${base}`} target="_blank" rel="noreferrer">
          {words.openPreviewEn}
        </a>
      </p>
      <h5>{words.shareTitle}</h5>
      {hours !== null && <p style={{ fontSize: '0.85em' }}>{words.shareHelp(hours)}</p>}
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void create('vi')}>
        {words.createVi}
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void create('en')}>
        {words.createEn}
      </Button>
      {message && <p role="status">{message}</p>}
      {created && <input data-testid="preview-link-url" readOnly value={created} onFocus={(event) => event.currentTarget.select()} style={{ width: '100%' }} />}
      <h5>{words.activeLinks}</h5>
      {links.length === 0 ? (
        <p>{words.noActiveLinks}</p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              {words.linkRow(String(link.id), `${link.createdBy} (${link.lang})`, formatDateTime(link.expiresAt, lang))}{' '}
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void revoke(link.id)}>
                {words.revoke}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
