import type { Sql } from '@/db/sql'
import { publicUrlOf } from '@/delivery/publicUrl'
import { isPublicNow } from '../ledger/isPublicNow'
import { type NoticeVia } from '@/mail/templates/labels'
import { renderCorrectionMail } from '@/mail/templates/renderCorrectionMail'
import type { MailLinks, RenderedMail } from '@/mail/templates/types'
import type { NoticeVersion } from './loadNoticeVersions'
import { type Lang } from '@/i18n/lang'

export type NoticeReader = { locale: Lang; via: NoticeVia; links?: MailLinks }

/**
 * The notice one reader gets, in their language when the document has it (else the
 * Vietnamese original): a withdrawal with its public reason, or a major correction with
 * its change note. A correction overtaken by a withdrawal is not sent; the withdrawal's
 * own notice follows.
 */
export async function composeNotice(
  sql: Sql,
  versions: Map<Lang, NoticeVersion>,
  reader: NoticeReader,
  siteUrl: string,
): Promise<{ mail: RenderedMail } | { suppressed: string }> {
  const version = versions.get(reader.locale) ?? versions.get('vi') ?? [...versions.values()][0]
  if (!version) return { suppressed: 'the run has no change' }
  const withdrawn = version.pubStatus === 'canceled'
  if (!withdrawn && !(await isPublicNow(sql, version.itemId))) return { suppressed: 'the item was withdrawn before this correction went out' }
  const item = {
    title: version.ninjs.headlines?.[0]?.value ?? version.itemId,
    url: publicUrlOf(siteUrl, version.contentType, version.slug ?? '', version.lang),
  }
  const mail = renderCorrectionMail({
    locale: reader.locale,
    item,
    at: version.occurredAt,
    kind: withdrawn ? 'withdrawn' : 'corrected',
    // The reason travels in the canceled item's edNote; a change note is kept per language.
    note: withdrawn ? version.ninjs.edNote : version.changeNote,
    via: reader.via,
    links: reader.links,
    siteUrl,
  })
  return { mail }
}
