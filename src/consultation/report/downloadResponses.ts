import { PassThrough, Readable } from 'node:stream'

import type { CodeSnapshot } from '../snapshot/types'
import { renderCodePdf } from './renderCodePdf'
import { type Lang } from '@/i18n/lang'

// Excel opens a CSV as the local code page unless it starts with a byte order mark, which
// turns every Vietnamese letter into mojibake.
export const UTF8_BOM = '\uFEFF'

/** A header-safe file name part: revision labels are typed by editors and may hold anything. */
export const fileNamePart = (value: string): string => value.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'code'

/** `GET …/report.csv`: the consultation report as a download, readable by Excel. */
export function reportCsvResponse(slug: string, csv: string): Response {
  return new Response(UTF8_BOM + csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileNamePart(slug)}-consultation-report.csv"`,
      // Published comments and answers change during a consultation; a short cache is enough.
      'Cache-Control': 'public, max-age=30',
    },
  })
}

/** `GET …/print.pdf`: the revision as PDF, sent while it is being written. */
export function codePdfResponse(options: {
  slug: string
  snapshot: CodeSnapshot
  lang: Lang
  publishedAt?: string
  onError?: (error: unknown) => void
}): Response {
  const { slug, snapshot, lang, publishedAt, onError } = options
  const body = new PassThrough()
  // Headers are already sent when a failure happens mid-document, so all that is left is to
  // cut the body short (the client sees a truncated download, not a corrupt "success").
  renderCodePdf({ snapshot, lang, publishedAt, out: body }).catch((error: unknown) => {
    onError?.(error)
    body.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${fileNamePart(slug)}-${fileNamePart(snapshot.revision)}.pdf"`,
      'Cache-Control': 'public, max-age=60',
    },
  })
}
