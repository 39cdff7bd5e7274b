import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import type { JournalistStatus } from '../journalistStatuses'

export type JournalistRecord = { id: number; name: string; email: string; status: JournalistStatus; language: 'vi' | 'en' }

/**
 * The journalist with this (normalised) address, read by the system for the public forms.
 * Journalists are readable only by the press office through Payload's access rules, and
 * these forms act for no signed-in person, so they read the row directly.
 */
export async function findJournalistByEmail(payload: Payload, email: string): Promise<JournalistRecord | null> {
  const { rows } = await poolOf(payload).query<JournalistRecord>(
    `SELECT id, name, email, status, coalesce(language, 'vi') AS language FROM journalists WHERE email = $1`,
    [email],
  )
  return rows[0] ?? null
}
