import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

import type { S3Settings } from '@/config/s3Storage'

/**
 * The one S3 client configuration, shared by the storage adapter (uploads, deletes), the
 * media store (reads) and `npm run media:migrate`.
 */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Recent AWS SDKs add a checksum to every request they can. A streamed body is then sent
    // with `aws-chunked` framing and a checksum trailer, which S3-compatible servers that do not
    // know it refuse, or store framing and all as the file's bytes. Checksums are asked for
    // only where an operation requires one; signed requests still protect the bytes in transit.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

export const createS3Client = (settings: S3Settings): S3Client => new S3Client(s3ClientConfig(settings))

/** Whether an S3 error means "no such object", however the server words it. */
export function isMissingObject(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404
}
