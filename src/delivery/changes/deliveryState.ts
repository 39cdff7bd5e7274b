import { noteLocalDeliveryWrite } from '../api/deliveryStateWatcher'
import type { Sql } from '@/db/sql'

/**
 * `delivery_state` is one row: a generation number that every publish, schedule,
 * withdrawal and embargo expiry increments, and the time of the next embargo to lift.
 * Response caches are keyed by the generation, so each app instance drops stale entries
 * on its next request, and losing a cache costs only a recomputation. The update fires
 * a NOTIFY on commit (a trigger), which every instance's state watcher listens for.
 */
export async function bumpGeneration(sql: Sql): Promise<void> {
  await sql(
    `UPDATE delivery_state SET generation = generation + 1, changed_at = now(),
       next_lift = (SELECT min(embargo_until) FROM delivery_changes WHERE lift_pending)`,
  )
  noteLocalDeliveryWrite()
}
