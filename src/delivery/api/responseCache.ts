/**
 * A small in-process LRU of rendered responses. Keys start with the delivery generation,
 * so a publish, schedule, withdrawal or embargo expiry on any instance makes every older
 * entry unreachable on the next request; losing the cache only costs recomputation.
 */
export class ResponseCache<T> {
  private readonly entries = new Map<string, T>()

  constructor(private readonly capacity = 500) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key)
    if (value === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  set(key: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
  }

  clear(): void {
    this.entries.clear()
  }
}
