import { siteUrl } from '@/config/siteUrl'
import type { PublicComment } from '../comments/loadPublishedComments'
import type { CodeView } from '../loadCodeView'
import type { FrozenRevision } from '../revisions/loadRevisions'
import { codePath } from '../site/codePaths'

const api = (slug: string, rest = '') => `${siteUrl()}/api/v1/codes/${encodeURIComponent(slug)}${rest}`

/** A revision in a list: its label, when it was frozen, and where to read it. */
export const revisionSummary = (slug: string, revision: FrozenRevision) => ({
  revision: revision.revision,
  status: revision.status,
  publishedAt: revision.publishedAt,
  href: api(slug, `/revisions/${encodeURIComponent(revision.revision)}`),
})

/** One frozen revision, whole: both languages, numbered clauses, the public changelog. */
export const revisionResource = (slug: string, revision: FrozenRevision) => ({
  ...revision.snapshot,
  slug,
  revision: revision.revision,
  publishedAt: revision.publishedAt,
  links: {
    self: api(slug, `/revisions/${encodeURIComponent(revision.revision)}`),
    site: {
      vi: `${siteUrl()}${codePath('vi', slug, `revisions/${encodeURIComponent(revision.revision)}`)}`,
      en: `${siteUrl()}${codePath('en', slug, `revisions/${encodeURIComponent(revision.revision)}`)}`,
    },
  },
})

/** `GET /api/v1/codes/{slug}`: the current revision, the consultation and where everything else is. */
export function codeResource(view: CodeView) {
  const { slug } = view.code
  const state = view.consultation
  return {
    ...revisionResource(slug, view.current),
    consultation: state.state === 'none' ? null : { state: state.state, opensAt: state.consultation.opensAt, closesAt: state.consultation.closesAt },
    revisions: view.revisions.map((revision) => revisionSummary(slug, revision)),
    links: {
      self: api(slug),
      site: { vi: `${siteUrl()}${codePath('vi', slug)}`, en: `${siteUrl()}${codePath('en', slug)}` },
      revisions: api(slug, '/revisions'),
      comments: api(slug, '/comments'),
      report: `${siteUrl()}${codePath('vi', slug, 'report')}`,
    },
  }
}

export const commentsResource = (view: CodeView, comments: PublicComment[]) => ({ slug: view.code.slug, revision: view.current.revision, comments })
