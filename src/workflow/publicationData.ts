type LiveRow = { unpublishAt?: unknown; withdrawalReason?: unknown } | null | undefined

/**
 * What a publication writes besides the content, the same for a person and the scheduler:
 * live, no working copy waiting, no withdrawal, and a withdrawal scheduled for the live
 * version still holding for its next version.
 */
export function publicationData(live: LiveRow): Record<string, unknown> {
  const unpublishAt = live?.unpublishAt ?? null
  return {
    _status: 'published',
    stage: 'published',
    publishAt: null,
    majorChange: false,
    assignee: null,
    withdrawnAt: null,
    unpublishAt,
    withdrawalReason: unpublishAt ? (live?.withdrawalReason ?? null) : null,
  }
}
