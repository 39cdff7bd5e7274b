import pg from 'pg'
import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { loadDeliverySnapshot, type DeliverySnapshot } from './loadDeliverySnapshot'

/** The channel the database notifies on every change to delivery state or agencies (see the migration's triggers). */
export const DELIVERY_CHANNEL = 'newsroom_delivery'

const RECONNECT_MS = 5_000
/** After a write in this process, read the database for a moment rather than race its own notification. */
const LOCAL_WRITE_BYPASS_MS = 2_000

/**
 * Keeps the delivery state and the agencies in memory, so a cached API response costs no
 * database round trip. Triggers on `delivery_state`, `agencies` and `agencies_allowed_types`
 * send a NOTIFY on commit; every instance LISTENs and drops its snapshot when one arrives,
 * so a publish, a rotated key or a deactivated agency takes effect everywhere within
 * moments. While the listening connection is down, every request reads the database
 * instead: the snapshot is only ever trusted while notifications are flowing.
 */
class DeliveryStateWatcher {
  private snapshot: DeliverySnapshot | null = null
  private loading: Promise<DeliverySnapshot> | null = null
  private changes = 0
  private listening = false
  private connecting: Promise<void> | null = null
  private retryAt = 0
  private bypassUntil = 0

  constructor(private readonly payload: Payload) {}

  /** A write in this process: drop the snapshot now and read the database until its notification has surely arrived. */
  noteLocalWrite(): void {
    this.changes += 1
    this.snapshot = null
    this.bypassUntil = Date.now() + LOCAL_WRITE_BYPASS_MS
  }

  async current(): Promise<DeliverySnapshot> {
    if (!this.listening && Date.now() >= this.retryAt) {
      this.connecting ??= this.listen().finally(() => (this.connecting = null))
      await this.connecting
    }
    if (!this.listening || Date.now() < this.bypassUntil) return loadDeliverySnapshot(poolOf(this.payload))
    if (this.snapshot) return this.snapshot
    this.loading ??= this.load().finally(() => (this.loading = null))
    return this.loading
  }

  /** Loads a snapshot, and keeps it only if no change was announced while it loaded. */
  private async load(): Promise<DeliverySnapshot> {
    const before = this.changes
    const snapshot = await loadDeliverySnapshot(poolOf(this.payload))
    if (this.listening && this.changes === before) this.snapshot = snapshot
    return snapshot
  }

  private async listen(): Promise<void> {
    const options = poolOf(this.payload).options
    const client = new pg.Client({ ...options, connectionString: options.connectionString })
    const lost = () => {
      if (!this.listening) return
      this.listening = false
      this.snapshot = null
      this.retryAt = Date.now() + RECONNECT_MS
      client.end().catch(() => undefined)
    }
    client.on('notification', () => {
      this.changes += 1
      this.snapshot = null
    })
    client.on('error', lost)
    client.on('end', lost)
    try {
      await client.connect()
      await client.query(`LISTEN ${DELIVERY_CHANNEL}`)
      // The listener must never keep a process alive on its own (tests, scripts).
      ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
      this.snapshot = null
      this.listening = true
    } catch (error) {
      this.retryAt = Date.now() + RECONNECT_MS
      client.end().catch(() => undefined)
      this.payload.logger.warn({ msg: `delivery state: cannot LISTEN, reading the database on every request (${(error as Error).message})` })
    }
  }
}

const watchers = new Map<Payload, DeliveryStateWatcher>()

/** Called by every writer of delivery state or agencies in this process (see bumpGeneration and the Agencies hooks). */
export function noteLocalDeliveryWrite(): void {
  for (const watcher of watchers.values()) watcher.noteLocalWrite()
}

/** This process's view of the delivery state: from memory while notifications flow, else from the database. */
export function currentSnapshot(payload: Payload): Promise<DeliverySnapshot> {
  let watcher = watchers.get(payload)
  if (!watcher) {
    watcher = new DeliveryStateWatcher(payload)
    watchers.set(payload, watcher)
  }
  return watcher.current()
}
