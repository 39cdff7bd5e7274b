import type { Payload } from 'payload'

import { consultationState, type ConsultationState, type ConsultationWindow } from './consultations/consultationState'
import { loadRevisions, type FrozenRevision } from './revisions/loadRevisions'

export type PublicCode = { id: number; slug: string; stage: string }
export type CodeView = {
  code: PublicCode
  revisions: FrozenRevision[]
  /** The latest frozen revision: what the public reads and comments on. */
  current: FrozenRevision
  consultations: ConsultationWindow[]
  consultation: ConsultationState
}

/** A published code by its slug, read as the public reads it; null when there is none. */
export async function findPublicCode(payload: Payload, slug: string): Promise<PublicCode | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'conduct-codes',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    select: { slug: true, stage: true },
  })
  const doc = docs[0] as { id: number; slug?: string | null; stage?: string | null } | undefined
  return doc ? { id: doc.id, slug: doc.slug ?? slug, stage: doc.stage ?? 'published' } : null
}

export async function loadConsultations(payload: Payload, codeId: number): Promise<ConsultationWindow[]> {
  const { docs } = await payload.find({
    collection: 'code-consultations',
    where: { code: { equals: codeId } },
    sort: 'opensAt',
    depth: 0,
    limit: 100,
    overrideAccess: false,
  })
  return docs.map((doc) => ({ id: doc.id, opensAt: doc.opensAt, closesAt: doc.closesAt, name: doc.name ?? null }))
}

/**
 * Everything public about one code: its frozen revisions, the current one, and where its
 * consultation stands. Null when the code is not published or has no frozen revision yet.
 */
export async function loadCodeView(payload: Payload, slug: string, now: Date = new Date()): Promise<CodeView | null> {
  const code = await findPublicCode(payload, slug)
  if (!code) return null
  const [revisions, consultations] = await Promise.all([loadRevisions(payload, code.id), loadConsultations(payload, code.id)])
  const current = revisions.at(-1)
  if (!current) return null
  return { code, revisions, current, consultations, consultation: consultationState(consultations, now) }
}
