import type { ContentType } from '@/content/contentTypes'
import type { NinjsItem } from '@/delivery/ninjs/types'
import { publicUrlOf } from '@/delivery/publicUrl'
import type { MailItem } from '@/mail/templates/types'
import { type Lang } from '@/i18n/lang'

/** A mail item from the public ninjs snapshot of a change: mail says what the API says. */
export function mailItemOf(
  change: { ninjs: NinjsItem; slug: string | null; contentType: ContentType; lang: Lang; updated: boolean; changeNote?: string | null },
  siteUrl: string,
): MailItem {
  const { ninjs } = change
  return {
    title: ninjs.headlines?.[0]?.value ?? '',
    summary: ninjs.descriptions?.[0]?.value,
    url: publicUrlOf(siteUrl, change.contentType, change.slug ?? '', change.lang),
    type: change.contentType,
    publishedAt: ninjs.versionCreated ?? new Date().toISOString(),
    updated: change.updated,
    ...(change.updated && change.changeNote ? { changeNote: change.changeNote } : {}),
  }
}
