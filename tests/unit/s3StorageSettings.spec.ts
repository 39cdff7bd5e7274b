import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { s3StorageSettings } from '@/config/s3Storage'

/** Only the variables a case sets, typed as a whole environment. */
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

const complete = {
  S3_BUCKET: 'newsroom-media',
  S3_REGION: 'ap-southeast-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI-very-secret',
}

const refusal = (vars: Record<string, string>): string => {
  try {
    s3StorageSettings(env(vars))
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('s3StorageSettings', () => {
  it('keeps media on local disk when no S3 variable is set, or only empty ones', () => {
    expect(s3StorageSettings(env({}))).toBeNull()
    expect(s3StorageSettings(env({ S3_BUCKET: '', S3_ENDPOINT: '  ' }))).toBeNull()
  })

  it('reads a complete configuration, with the endpoint and path style of a self-hosted store', () => {
    expect(s3StorageSettings(env({ ...complete, S3_ENDPOINT: 'http://10.0.0.5:9000/', S3_FORCE_PATH_STYLE: 'true' }))).toEqual({
      bucket: 'newsroom-media',
      region: 'ap-southeast-1',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI-very-secret',
      endpoint: 'http://10.0.0.5:9000',
      forcePathStyle: true,
    })
    expect(s3StorageSettings(env(complete))).toMatchObject({ endpoint: undefined, forcePathStyle: false })
  })

  it('refuses a half configuration, naming what is set and what is missing', () => {
    const message = refusal({ S3_BUCKET: 'newsroom-media', S3_ENDPOINT: 'http://127.0.0.1:9000' })
    expect(message).toContain('S3_BUCKET, S3_ENDPOINT are set')
    expect(message).toContain('S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not')
    expect(refusal({ S3_SECRET_ACCESS_KEY: 'only-the-secret' })).toContain('S3_SECRET_ACCESS_KEY is set but S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID are not')
  })

  it('never repeats the secret key in a refusal', () => {
    expect(refusal({ S3_SECRET_ACCESS_KEY: 'only-the-secret' })).not.toContain('only-the-secret')
    expect(refusal({ ...complete, S3_ENDPOINT: 'ftp://store' })).not.toContain(complete.S3_SECRET_ACCESS_KEY)
  })

  it('refuses an endpoint that is not an http or https address, or that carries credentials', () => {
    expect(refusal({ ...complete, S3_ENDPOINT: 'store.internal:9000' })).toMatch(/S3_ENDPOINT must/)
    expect(refusal({ ...complete, S3_ENDPOINT: 'ftp://store.internal' })).toMatch(/S3_ENDPOINT must start with http/)
    const withCredentials = refusal({ ...complete, S3_ENDPOINT: 'https://user:hunter2@store.internal' })
    expect(withCredentials).toMatch(/must not carry credentials/)
    expect(withCredentials).not.toContain('hunter2')
  })

  it('refuses a bucket name S3 would refuse, and a path style other than true or false', () => {
    expect(refusal({ ...complete, S3_BUCKET: 'Newsroom_Media' })).toMatch(/S3_BUCKET must be a bucket name/)
    expect(refusal({ ...complete, S3_FORCE_PATH_STYLE: 'yes' })).toMatch(/S3_FORCE_PATH_STYLE must be true or false, got "yes"/)
  })
})
