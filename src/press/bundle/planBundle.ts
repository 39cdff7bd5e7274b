import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { BriefingPack, Media } from '../../../payload-types'
import { mediaOf } from '@/content/public/mediaOf'
import { safeFileName, uniqueNamer } from './safeFileName'

/** One upload as it goes into the bundle: its name in the ZIP and where Payload keeps it. */
export type BundledFile = {
  media: Media
  /** "documents/bao-cao-tong-ket.pdf": ASCII, unique in its folder. */
  entryName: string
  /** The original on disk, or null when the record names no file. */
  path: string | null
  /** Whether the original was there when the bundle was planned. */
  onDisk: boolean
}

export type BundlePlan = { documents: BundledFile[]; images: BundledFile[] }

export const CREDITS_ENTRY = 'images/credits.txt'

/** Where Payload stores the media collection's originals (collections/Media: upload.staticDir). */
export function mediaDirectory(payload: Payload): string {
  const upload = payload.collections.media?.config.upload
  if (!upload || !upload.staticDir) throw new Error('The media collection has no upload.staticDir')
  return path.resolve(upload.staticDir)
}

const isFile = (file: string) =>
  fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )

async function planFolder(folder: string, media: Media[], mediaDir: string, reserved: string[]): Promise<BundledFile[]> {
  const nameOf = uniqueNamer(reserved)
  const planned = media
    .filter((item, index) => media.findIndex((other) => other.id === item.id) === index)
    .map((item) => ({
      media: item,
      entryName: `${folder}/${nameOf(safeFileName(item.filename ?? item.alt ?? ''))}`,
      // Only the base name is trusted: a record must never point outside the media folder.
      path: item.filename ? path.join(mediaDir, path.basename(item.filename)) : null,
    }))
  return Promise.all(planned.map(async (file) => ({ ...file, onDisk: file.path ? await isFile(file.path) : false })))
}

/**
 * What goes into a pack's bundle: its documents and original images (never the resized
 * variants), as the reader was allowed to load them. Media the reader may not see (a
 * child's picture without consent) were already left out of the pack by the access rule.
 */
export async function planBundle(pack: BriefingPack, mediaDir: string): Promise<BundlePlan> {
  const [documents, images] = await Promise.all([
    planFolder('documents', mediaOf(pack.documents), mediaDir, []),
    planFolder('images', mediaOf(pack.images), mediaDir, [path.basename(CREDITS_ENTRY)]),
  ])
  return { documents, images }
}
