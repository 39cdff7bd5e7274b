import type { Metadata } from 'next'

import { findPublicCode } from '../../consultation/loadCodeView'
import { deliveryPayload } from '../../delivery/api/deliveryPayload'
import type { SiteLanguage } from '../siteCopy'
import { codeMetadata } from './codeMetadata'

/** Metadata for any page of a code: its title in the page's language, plus what the page is. */
export async function codeTitleMetadata(lang: SiteLanguage, slug: string, rest = '', suffix?: string): Promise<Metadata> {
  const payload = await deliveryPayload()
  const code = await findPublicCode(payload, slug)
  if (!code) return { title: lang === 'vi' ? 'Không tìm thấy' : 'Not found' }
  const { docs } = await payload.find({ collection: 'conduct-codes', where: { id: { equals: code.id } }, locale: lang, depth: 0, limit: 1, overrideAccess: false, select: { title: true, summary: true } })
  const doc = docs[0]
  const title = [doc?.title ?? slug, suffix].filter(Boolean).join(' – ')
  return codeMetadata({ lang, slug, rest, title, description: doc?.summary ?? undefined })
}
