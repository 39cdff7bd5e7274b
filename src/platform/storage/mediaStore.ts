import type { Readable } from 'node:stream'

import type { Payload } from 'payload'

/** Inclusive byte offsets, as in an HTTP `Range` header. */
export type ByteRange = { start: number; end: number }

/**
 * Where the media collection's files are kept, originals and image sizes alike, each under
 * its file name: a folder on local disk or an S3 bucket. payload.config.ts chooses one from
 * the configuration, once; the file endpoint, bundles and the OpenGraph card read through it
 * and never ask which it is.
 */
export type MediaStore = {
  /** For messages: where the files are. */
  kind: 'disk' | 'bucket'
  /** The file's size in bytes, or null when no such file is stored. */
  sizeOf(filename: string): Promise<number | null>
  /** The file's bytes, or a range of them, as a stream; null when no such file is stored. Any other failure throws. */
  open(filename: string, range?: ByteRange): Promise<Readable | null>
}

/** Where the configuration names the media store (payload.config.ts, `custom`). */
export type MediaStoreCustom = { mediaStore?: MediaStore }

export function mediaStoreOf(payload: Payload): MediaStore {
  const store = (payload.config.custom as MediaStoreCustom | undefined)?.mediaStore
  if (!store) throw new Error('The configuration names no media store (payload.config.ts: custom.mediaStore).')
  return store
}

/**
 * Files are stored under their base name. A name with a path in it (from a tampered record
 * or request) names no stored file, so it can never reach outside the folder or the
 * media's part of a bucket.
 */
export const isStoredFileName = (name: string): boolean => name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name)
