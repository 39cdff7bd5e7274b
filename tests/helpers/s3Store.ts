import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { projectRoot } from '@/config/paths'

export type S3Store = {
  /** `http://127.0.0.1:<port>` */
  endpoint: string
  bucket: string
  /** The process serving the store. */
  pid: number
  /** Every request the store has answered so far, as `PUT /bucket/key?partNumber=1&uploadId=…`. */
  requests: string[]
  /** The S3_* variables that point the app at this store. */
  env: Record<string, string>
  /** Every key in the bucket, read from the store's folder. */
  keys: () => Promise<string[]>
  /** An object's bytes, or null when there is none. */
  read: (key: string) => Promise<Buffer | null>
  /** An object's size and ETag (a multipart upload's ETag ends in `-<parts>`), or null. */
  head: (key: string) => Promise<{ size: number; etag: string } | null>
  write: (key: string, bytes: Buffer) => Promise<void>
  remove: (key: string) => Promise<void>
  /** Stops the store (by its pid) and deletes its folder. */
  stop: () => Promise<void>
}

const OBJECT_SUFFIX = '._S3rver_object'

const missing = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404

/**
 * An S3-compatible store (s3rver) in a process of its own, on a free loopback port, over a
 * fresh temporary folder, with one bucket and a random key pair. The test talks to it with
 * the AWS SDK's defaults, independent of the app's client configuration.
 */
export async function startS3Store({ bucket = 'newsroom-media' }: { bucket?: string } = {}): Promise<S3Store> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'))
  const accessKeyId = `TEST${randomBytes(8).toString('hex').toUpperCase()}`
  const secretAccessKey = randomBytes(24).toString('base64url')
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/fixtures/runS3Store.ts'], {
    cwd: projectRoot,
    env: { ...process.env, S3_STORE_DIR: directory, S3_STORE_BUCKET: bucket, S3_STORE_KEY_ID: accessKeyId, S3_STORE_SECRET: secretAccessKey },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const requests: string[] = []
  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    let partial = ''
    child.stdout!.on('data', (chunk) => {
      output += chunk
      const lines = (partial + chunk).split('\n')
      partial = lines.pop()!
      for (const line of lines) {
        if (line.startsWith('REQUEST ')) requests.push(line.slice('REQUEST '.length))
        const ready = /^READY (\d+)$/.exec(line)
        if (ready) resolve(Number(ready[1]))
      }
    })
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code} before it was ready: ${output}`)))
  })
  const endpoint = `http://127.0.0.1:${port}`
  const region = 'us-east-1'
  const client = new S3Client({ endpoint, region, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey } })

  return {
    endpoint,
    bucket,
    pid: child.pid!,
    requests,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: region,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    // s3rver 4 refuses the SDK's signature on a bucket listing (it signs `/bucket/` and checks
    // `/bucket`), so the keys are read where s3rver keeps each object: `<key>._S3rver_object`.
    keys: async () => {
      const folder = path.join(directory, bucket)
      const files = (await fs.promises.readdir(folder, { recursive: true })) as string[]
      return files.filter((file) => file.endsWith(OBJECT_SUFFIX)).map((file) => file.slice(0, -OBJECT_SUFFIX.length).split(path.sep).join('/'))
    },
    read: async (key) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        return Buffer.from(await object.Body!.transformToByteArray())
      } catch (error) {
        if (missing(error)) return null
        throw error
      }
    },
    head: async (key) => {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
        return { size: head.ContentLength ?? 0, etag: head.ETag ?? '' }
      } catch (error) {
        if (missing(error)) return null
        throw error
      }
    },
    write: async (key, bytes) => {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }))
    },
    remove: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
    },
    stop: async () => {
      client.destroy()
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGTERM')
      await exited
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
