'use client'

/**
 * The workflow panel and the header's status are two components on one screen. When the
 * panel learns the item's state anew (after an action, or after a 409 from another tab),
 * it announces it, and the header shows the same state at once instead of the old one.
 */
const EVENT = 'newsroom:workflow-state'

export type AnnouncedState = { live: string; working: string | null }
type Detail = { endpoint: string; state: AnnouncedState }

export function announceWorkflowState(endpoint: string, state: AnnouncedState): void {
  window.dispatchEvent(new CustomEvent<Detail>(EVENT, { detail: { endpoint, state } }))
}

/** Calls `onState` with each state announced for this item; returns the unsubscribe. */
export function listenForWorkflowState(endpoint: string, onState: (state: AnnouncedState) => void): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<Detail>).detail
    if (detail?.endpoint === endpoint) onState(detail.state)
  }
  window.addEventListener(EVENT, listener)
  return () => window.removeEventListener(EVENT, listener)
}
