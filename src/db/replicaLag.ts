/**
 * How far behind the primary a read replica is, measured as the app sees it. Every check
 * notes the primary's WAL position with the time; a replica that has replayed up to a
 * position holds everything the primary had written by then. Its lag is the age of the
 * oldest noted position it has not reached: the writes it misses are at least that old.
 * This holds however the replica falls behind: replay paused, the stream cut, a slow disk,
 * and it needs no write of the app's own, unlike a heartbeat row.
 */

export type WalSample = { at: number; lsn: bigint }

/** A WAL position as PostgreSQL prints it ("16/B374D848"), as one number. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim())
  if (!match) throw new Error(`not a WAL position: ${text}`)
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`)
}

/** Milliseconds since the oldest of the primary's noted positions the replica has not replayed; 0 when it has them all. */
export function replicaLagMs(samples: readonly WalSample[], replayed: bigint, now: number): number {
  const missed = samples.find((sample) => sample.lsn > replayed)
  return missed ? Math.max(0, now - missed.at) : 0
}

/** Keeps the samples a lag of up to `keepMs` needs, and always the newest. */
export function pruneSamples(samples: readonly WalSample[], now: number, keepMs: number): WalSample[] {
  const kept = samples.filter((sample) => now - sample.at <= keepMs)
  return kept.length > 0 ? kept : samples.slice(-1)
}
