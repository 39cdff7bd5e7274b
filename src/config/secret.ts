import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigError } from './ConfigError'
import { dataDir } from './paths'

type SecretResolution = { secret: string; source: 'env' | 'file' | 'generated'; file?: string }

/**
 * PAYLOAD_SECRET signs sessions and derives API-key hashes, so losing it logs everyone out.
 * In development a missing secret is generated once and kept under the data directory;
 * in production a missing secret is an operator error, because a per-machine secret would
 * break sessions across instances.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): SecretResolution {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (fromEnv.length < 16) {
      throw new ConfigError('PAYLOAD_SECRET is too short: use at least 16 random characters.')
    }
    return { secret: fromEnv, source: 'env' }
  }
  if (env.NODE_ENV === 'production') {
    throw new ConfigError('PAYLOAD_SECRET is not set and NODE_ENV=production: set it to a long random value shared by every instance.')
  }
  const file = path.join(dataDir(), 'payload-secret')
  if (fs.existsSync(file)) {
    return { secret: fs.readFileSync(file, 'utf8').trim(), source: 'file', file }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return { secret, source: 'generated', file }
}
