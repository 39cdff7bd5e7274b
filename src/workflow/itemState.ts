import { isStage, type LiveState, type Stage, type WorkingStage } from './stages'

/** The live row (the collection's own table) and the latest version, as Payload stores them. */
export type StoredItem = {
  live: { _status?: string | null; stage?: string | null; unpublishAt?: string | null; withdrawnAt?: string | null } | null
  latest: { stage?: string | null; publishAt?: string | null } | null
}

export type ItemState = {
  live: LiveState
  /** `null`: the working copy is the live version, nothing waits. */
  working: WorkingStage | null
  /** When the approved working copy goes live, if scheduled. */
  publishAt: string | null
  /** When the live version is taken down, if scheduled. */
  unpublishAt: string | null
}

/** Reads both states from what is stored; pure, so the panel, the API and the queue agree. */
export function readItemState({ live, latest }: StoredItem): ItemState {
  const latestStage = isStage(latest?.stage) ? latest!.stage! : 'draft'
  const scheduled = latestStage === 'scheduled'
  let liveState: LiveState = 'unpublished'
  if (live?._status === 'published' && live.stage !== 'withdrawn') liveState = 'published'
  else if (live?.stage === 'withdrawn' || live?.withdrawnAt) liveState = 'withdrawn'
  else if (scheduled) liveState = 'scheduled'
  let working: WorkingStage | null
  if (latestStage === 'published' || latestStage === 'withdrawn') working = null
  else if (scheduled) working = 'approved'
  else working = latestStage as WorkingStage
  // A never-published item always has a working copy.
  if (working === null && liveState === 'unpublished') working = 'draft'
  return {
    live: liveState,
    working,
    publishAt: scheduled ? (latest?.publishAt ?? null) : null,
    unpublishAt: liveState === 'published' ? (live?.unpublishAt ?? null) : null,
  }
}

/** The `stage` older clients read: the working copy's stage, or the live state when nothing waits. */
export const legacyStage = (state: ItemState): Stage =>
  state.working === null ? (state.live === 'withdrawn' ? 'withdrawn' : 'published') : state.publishAt ? 'scheduled' : state.working
