import path from 'node:path'

import type { BriefingPack, Media } from '../../../payload-types'
import { mediaOf } from '@/content/public/mediaOf'
import type { MediaStore } from '@/platform/storage/mediaStore'
import { safeFileName, uniqueNamer } from './safeFileName'

/** One upload as it goes into the bundle: its name in the ZIP and where Payload keeps it. */
export type BundledFile = {
  media: Media
  /** "documents/bao-cao-tong-ket.pdf": ASCII, unique in its folder. */
  entryName: string
  /** The original's name in the media store, or null when the record names no file. */
  storedName: string | null
  /** Whether the store had the original when the bundle was planned. */
  available: boolean
}

export type BundlePlan = { documents: BundledFile[]; images: BundledFile[] }

export const CREDITS_ENTRY = 'images/credits.txt'

async function planFolder(folder: string, media: Media[], store: MediaStore, reserved: string[]): Promise<BundledFile[]> {
  const nameOf = uniqueNamer(reserved)
  const planned = media
    .filter((item, index) => media.findIndex((other) => other.id === item.id) === index)
    .map((item) => ({
      media: item,
      entryName: `${folder}/${nameOf(safeFileName(item.filename ?? item.alt ?? ''))}`,
      // Only the base name is trusted: a record must never point outside the media folder.
      storedName: item.filename ? path.basename(item.filename) : null,
    }))
  return Promise.all(planned.map(async (file) => ({ ...file, available: file.storedName ? (await store.sizeOf(file.storedName)) !== null : false })))
}

/**
 * What goes into a pack's bundle: its documents and original images (never the resized
 * variants), as the reader was allowed to load them. Media the reader may not see (a
 * child's picture without consent) were already left out of the pack by the access rule.
 */
export async function planBundle(pack: BriefingPack, store: MediaStore): Promise<BundlePlan> {
  const [documents, images] = await Promise.all([
    planFolder('documents', mediaOf(pack.documents), store, []),
    planFolder('images', mediaOf(pack.images), store, [path.basename(CREDITS_ENTRY)]),
  ])
  return { documents, images }
}
