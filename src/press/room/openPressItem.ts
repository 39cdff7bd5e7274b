import type { Payload } from 'payload'

import type { Article, BriefingPack } from '../../../payload-types'
import type { JournalistPrincipal } from '@/access/journalists'
import { loadArticle, loadPack, type Loaded } from '@/content/public/loadPages'
import { readPressSession } from '../session/readPressSession'
import { auditEmbargoedView } from './auditEmbargoedView'
import { type Lang } from '@/i18n/lang'

export type Opened<T> = { status: 'signed-out' } | { status: 'not-found' } | { status: 'gone' } | { status: 'ok'; value: T; journalist: JournalistPrincipal }

type Options = { slug: string; lang: Lang; cookieHeader: string | null | undefined; now?: Date }

async function open<T>(
  payload: Payload,
  options: Options,
  load: (journalist: JournalistPrincipal) => Promise<Loaded<T>>,
  audited: (value: T) => Parameters<typeof auditEmbargoedView>[1]['items'],
): Promise<Opened<T>> {
  const journalist = await readPressSession(payload, options.cookieHeader)
  if (!journalist) return { status: 'signed-out' }
  const loaded = await load(journalist)
  if (loaded.status !== 'ok') return loaded
  await auditEmbargoedView(payload, { journalist, items: audited(loaded.value), via: 'press-room page', lang: options.lang, now: options.now })
  return { status: 'ok', value: loaded.value, journalist }
}

/**
 * A briefing pack as a signed-in journalist opens it in the press room: read with their
 * own access (embargoed packs included, never drafts), and logged when under embargo.
 */
export function openPressPack(payload: Payload, options: Options): Promise<Opened<BriefingPack>> {
  return open(
    payload,
    options,
    (journalist) => loadPack(payload, options.slug, { lang: options.lang, journalist }),
    (pack) => [{ collection: 'briefing-packs', id: pack.id, slug: pack.slug, title: pack.title, embargoUntil: pack.embargoUntil }],
  )
}

/** The same for an article; the related articles it lists are logged too when embargoed. */
export function openPressArticle(payload: Payload, options: Options): Promise<Opened<{ article: Article; related: Article[] }>> {
  return open(
    payload,
    options,
    (journalist) => loadArticle(payload, options.slug, { lang: options.lang, journalist }),
    ({ article, related }) =>
      [article, ...related].map((doc) => ({
        collection: 'articles' as const,
        id: doc.id,
        slug: doc.slug,
        title: doc.headline,
        embargoUntil: doc.embargoUntil,
      })),
  )
}
