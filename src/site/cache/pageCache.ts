/**
 * A small in-memory cache of rendered public pages for one app instance. Entries belong
 * to a content epoch (see contentEpoch.ts): when anything is published, withdrawn or
 * comes out of embargo, the epoch changes on every instance and old entries are never
 * served again. Losing the cache costs only a render.
 */
export type CachedPage = { epoch: string; status: number; body: string; headers: Array<[string, string]>; storedAt: number }

const MAX_ENTRIES = 500
/** Things outside the epoch (a topic renamed, a photo credit corrected) show within this time. */
export const MAX_AGE_MS = 5 * 60_000

export class PageCache {
  private readonly entries = new Map<string, CachedPage>()

  constructor(
    private readonly maxEntries = MAX_ENTRIES,
    private readonly maxAgeMs = MAX_AGE_MS,
  ) {}

  get(key: string, epoch: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.epoch !== epoch || now - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(key)
      return undefined
    }
    // Map order is insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  set(key: string, entry: CachedPage): void {
    this.entries.delete(key)
    this.entries.set(key, entry)
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
  }

  get size(): number {
    return this.entries.size
  }
}
