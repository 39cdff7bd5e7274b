import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { mintToken } from '@/subscriptions/tokens'

export type SeededSubscriber = { id: number; email: string }

/**
 * Thousands of active subscribers in a few statements, for crash tests and benchmarks
 * (makeSubscriber goes through the Local API and takes minutes for that many). Each gets
 * a working access token, as a confirmed subscriber has: its hash to check and a sealed
 * copy for the unsubscribe links, so the sending worker can build every mail.
 */
export async function seedSubscribers(
  payload: Payload,
  options: { count: number; prefix: string; frequency?: 'immediate' | 'daily' | 'weekly'; lastDigestAt?: Date },
): Promise<SeededSubscriber[]> {
  const pool = poolOf(payload)
  const since = (options.lastDigestAt ?? new Date(Date.now() - 3_600_000)).toISOString()
  const seeded: SeededSubscriber[] = []
  const chunk = 2_000
  for (let from = 0; from < options.count; from += chunk) {
    const size = Math.min(chunk, options.count - from)
    const { rows } = await pool.query<{ id: number; email: string }>(
      `INSERT INTO subscribers (email, name, locale, frequency, status, consented_at, confirmed_at, last_digest_at, bounce_count, updated_at, created_at)
       SELECT $1 || '-' || n || '@bao.test', 'Phóng viên ' || n, 'vi', $2::enum_subscribers_frequency, 'active', $3, $3, $3, 0, now(), now()
         FROM generate_series($4::int, $5::int) AS n
       RETURNING id, email`,
      [options.prefix, options.frequency ?? 'daily', since, from + 1, from + size],
    )
    const tokens = rows.map((row) => ({ id: Number(row.id), ...mintToken(Number(row.id)) }))
    await pool.query(
      `UPDATE subscribers s SET access_token_hash = v.hash, access_token_sealed = v.sealed
         FROM unnest($1::int[], $2::text[], $3::text[]) AS v(id, hash, sealed) WHERE s.id = v.id`,
      [tokens.map((t) => t.id), tokens.map((t) => t.hash), tokens.map((t) => payload.encrypt(t.token))],
    )
    for (const row of rows) seeded.push({ id: Number(row.id), email: row.email })
  }
  return seeded
}
