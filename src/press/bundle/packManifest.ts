import type { Payload } from 'payload'

import type { BriefingPack } from '../../../payload-types'
import { siteUrl } from '@/config/siteUrl'
import { poolOf } from '@/db/sql'
import { renderNinjs } from '@/delivery/ninjs/renderNinjs'
import type { NinjsItem } from '@/delivery/ninjs/types'
import { type Lang } from '@/i18n/lang'

type Delivered = { version: number; versionCreated: string | null }

/**
 * The newest live version of the pack in each language, as the change log recorded it
 * when the pack went out to agencies (src/delivery/changes/appendPublication.ts).
 */
async function deliveredVersions(payload: Payload, packId: number): Promise<Map<Lang, Delivered>> {
  const { rows } = await poolOf(payload).query<{ lang: Lang; version: string; pub_status: string; version_created: string | null }>(
    `SELECT DISTINCT ON (lang) lang, version, pub_status, ninjs->>'versionCreated' AS version_created
       FROM delivery_changes WHERE content_type = 'briefing-pack' AND doc_id = $1 ORDER BY lang, id DESC`,
    [packId],
  )
  return new Map(
    rows.filter((row) => row.pub_status === 'usable').map((row) => [row.lang, { version: Number(row.version), versionCreated: row.version_created }]),
  )
}

type ManifestInput = {
  pack: BriefingPack
  lang: Lang
  /** Given only to an accredited journalist while the embargo has not passed. */
  embargoedUntil?: string | null
  /** The same pack in another language, under the same access rule. */
  loadIn: (lang: Lang) => Promise<BriefingPack | null>
}

/**
 * `manifest.json`: the pack as the ninjs item the delivery API serves for it, rendered by
 * the same renderer from the pack this reader loaded, with the version agencies were sent.
 */
export async function packManifest(payload: Payload, { pack, lang, embargoedUntil, loadIn }: ManifestInput): Promise<NinjsItem> {
  const delivered = await deliveredVersions(payload, pack.id)
  // A pack with no English version is delivered in Vietnamese only (the site falls back to
  // it): the manifest then is the Vietnamese item, rather than Vietnamese text labelled English.
  const vietnamese = lang !== 'vi' && !delivered.has(lang) && delivered.has('vi') ? await loadIn('vi') : null
  const itemLang: Lang = vietnamese ? 'vi' : lang
  const doc = vietnamese ?? pack
  const version = delivered.get(itemLang)
  return renderNinjs({
    type: 'briefing-pack',
    lang: itemLang,
    doc,
    version: version?.version ?? 1,
    versionCreated: new Date(version?.versionCreated ?? doc.updatedAt),
    embargoedUntil: embargoedUntil ?? undefined,
    siteUrl: siteUrl(),
  })
}
