import { ConfigError } from './ConfigError'

/** Where media go when they are kept in S3-compatible storage instead of on local disk. */
export type S3Settings = {
  bucket: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** Unset for AWS itself; the server's origin for any other S3-compatible store. */
  endpoint?: string
  /** `bucket` in the path rather than in the host name: what most self-hosted stores need. */
  forcePathStyle: boolean
}

const REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
const OPTIONAL = ['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const

// S3's naming rules, which every compatible store follows: 3 to 63 lowercase letters,
// digits, dots and hyphens, starting and ending with a letter or digit.
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

function endpointOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`S3_ENDPOINT must be an http:// or https:// address such as https://s3.example.vn, got "${raw}".`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`S3_ENDPOINT must start with http:// or https://, got "${url.protocol}".`)
  // Credentials in the address would end up in logs and error messages: they belong in the key variables.
  if (url.username || url.password) throw new ConfigError('S3_ENDPOINT must not carry credentials: use S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.')
  return url.origin + url.pathname.replace(/\/+$/, '')
}

function flagOf(raw: string | undefined): boolean {
  if (raw === undefined || raw === 'false') return false
  if (raw === 'true') return true
  throw new ConfigError(`S3_FORCE_PATH_STYLE must be true or false, got "${raw}".`)
}

/**
 * The S3 settings from the environment, or null when none of the S3_* variables is set (media
 * then stay on local disk). Setting some but not all of the required ones is a mistake that
 * would otherwise show up only at the first upload, so it stops the start, naming what is
 * missing. Messages never repeat a key.
 */
export function s3StorageSettings(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined)
  const given = [...REQUIRED, ...OPTIONAL].filter((name) => value(name) !== undefined)
  if (given.length === 0) return null
  const missing = REQUIRED.filter((name) => value(name) === undefined)
  if (missing.length > 0) {
    throw new ConfigError(
      `S3 storage is half configured: ${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not. Set all of S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or none to keep media on local disk.`,
    )
  }
  const bucket = value('S3_BUCKET')!
  if (!BUCKET_NAME.test(bucket))
    throw new ConfigError(`S3_BUCKET must be a bucket name (3 to 63 lowercase letters, digits, dots and hyphens), got "${bucket}".`)
  return {
    bucket,
    region: value('S3_REGION')!,
    accessKeyId: value('S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
    endpoint: endpointOf(value('S3_ENDPOINT')),
    forcePathStyle: flagOf(value('S3_FORCE_PATH_STYLE')),
  }
}
