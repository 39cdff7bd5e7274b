import type { Readable } from 'node:stream'

import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3'

import type { S3Settings } from '@/config/s3Storage'
import { isStoredFileName, type ByteRange, type MediaStore } from './mediaStore'
import { createS3Client, isMissingObject } from './s3Client'

/**
 * Media in an S3-compatible bucket, under the keys the storage adapter writes (the file
 * name: the media collection uses no prefixes). The client is made at the first read, so
 * that a process that never reads a file never opens a connection.
 */
export function bucketMediaStore(settings: S3Settings, sharedClient?: S3Client): MediaStore {
  let client = sharedClient
  const s3 = () => (client ??= createS3Client(settings))
  const { bucket } = settings
  return {
    kind: 'bucket',
    async sizeOf(filename) {
      if (!isStoredFileName(filename)) return null
      try {
        const head = await s3().send(new HeadObjectCommand({ Bucket: bucket, Key: filename }))
        return head.ContentLength ?? 0
      } catch (error) {
        if (isMissingObject(error)) return null
        throw error
      }
    },
    async open(filename: string, range?: ByteRange) {
      if (!isStoredFileName(filename)) return null
      try {
        const object = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: filename, Range: range ? `bytes=${range.start}-${range.end}` : undefined }))
        // On Node.js the body is the HTTP response itself: destroying it closes the connection.
        return (object.Body as Readable | undefined) ?? null
      } catch (error) {
        if (isMissingObject(error)) return null
        throw error
      }
    },
  }
}
