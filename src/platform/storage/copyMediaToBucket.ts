import fs from 'node:fs'
import path from 'node:path'

import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import type { Payload } from 'payload'

import type { S3Settings } from '@/config/s3Storage'
import { bucketMediaStore } from './bucketMediaStore'
import { diskMediaStore } from './diskMediaStore'
import { createS3Client } from './s3Client'

/** What one run did, file by file (file names only: nothing secret). */
export type CopyReport = {
  /** Copied from local disk to the bucket. */
  copied: string[]
  /** Already in the bucket with the local file's size (or only in the bucket): left alone. */
  present: string[]
  /** Named by a media record but found neither on local disk nor in the bucket. */
  missing: string[]
  /** Bytes copied. */
  bytes: number
}

type StoredFile = { name: string; mimeType: string | null }
type MediaRow = {
  filename?: string | null
  mimeType?: string | null
  sizes?: Record<string, { filename?: string | null; mimeType?: string | null } | null> | null
}

// Above this, a file goes up in parts, a few at a time, so that memory stays bounded
// whatever its size; below it, one streamed PUT.
const MULTIPART_FROM = 50 * 1024 * 1024
const PART_SIZE = 16 * 1024 * 1024
const PARALLEL_FILES = 4

/** Every file the media records name, originals and image sizes, a page of records at a time. */
async function* storedFiles(payload: Payload): AsyncGenerator<StoredFile[]> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'media',
      overrideAccess: true,
      depth: 0,
      limit: 100,
      page,
      sort: 'id',
      select: { filename: true, mimeType: true, sizes: true },
    })
    const files = (result.docs as MediaRow[]).flatMap((doc) => [
      ...(doc.filename ? [{ name: doc.filename, mimeType: doc.mimeType ?? null }] : []),
      ...Object.values(doc.sizes ?? {}).flatMap((size) => (size?.filename ? [{ name: size.filename, mimeType: size.mimeType ?? doc.mimeType ?? null }] : [])),
    ])
    yield files
    if (!result.hasNextPage) return
  }
}

async function put(client: S3Client, bucket: string, file: StoredFile, localPath: string, size: number): Promise<void> {
  const body = fs.createReadStream(localPath)
  const params = { Bucket: bucket, Key: file.name, Body: body, ContentType: file.mimeType ?? undefined }
  try {
    if (size < MULTIPART_FROM) await client.send(new PutObjectCommand({ ...params, ContentLength: size }))
    else await new Upload({ client, params, partSize: PART_SIZE, queueSize: 2 }).done()
  } finally {
    body.destroy()
  }
}

/**
 * Copies the media files kept on local disk (originals and every image size named by a media
 * record) into the bucket, streaming each one. A file already in the bucket with the same size
 * is skipped, so a run that stopped half-way is finished by running it again, and a second run
 * copies nothing. Local files are left in place.
 */
export async function copyMediaToBucket({ payload, directory, settings }: { payload: Payload; directory: string; settings: S3Settings }): Promise<CopyReport> {
  const client = createS3Client(settings)
  const local = diskMediaStore(directory)
  const bucket = bucketMediaStore(settings, client)
  const report: CopyReport = { copied: [], present: [], missing: [], bytes: 0 }
  const seen = new Set<string>()

  const copyOne = async (file: StoredFile) => {
    const [localSize, bucketSize] = await Promise.all([local.sizeOf(file.name), bucket.sizeOf(file.name)])
    if (localSize === null) return (bucketSize === null ? report.missing : report.present).push(file.name)
    if (bucketSize === localSize) return report.present.push(file.name)
    await put(client, settings.bucket, file, path.join(directory, file.name), localSize)
    report.copied.push(file.name)
    report.bytes += localSize
  }

  try {
    for await (const page of storedFiles(payload)) {
      const queue = page.filter((file) => {
        if (seen.has(file.name)) return false
        seen.add(file.name)
        return true
      })
      const worker = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await copyOne(file)
      }
      await Promise.all(Array.from({ length: PARALLEL_FILES }, worker))
    }
  } finally {
    client.destroy()
  }
  return report
}
