import crypto from 'node:crypto'

/** A new random secret for a link or a session: 32 bytes, URL-safe (43 characters). */
export const newSecret = (): string => crypto.randomBytes(32).toString('base64url')

/** Only the hash of a secret is stored, so a copy of the database opens nothing. */
export const hashSecret = (secret: string): string => crypto.createHash('sha256').update(secret).digest('hex')
