import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { selectWithdrawn } from './goneLookup'
import type { SiteCollection } from './findPublished'

/**
 * Whether an item with this slug was published once and then withdrawn: such a page
 * answers 410 Gone with a short notice, not 404. The same lookup the proxy makes, on the
 * app's own pool.
 */
export const wasWithdrawn = (payload: Payload, collection: SiteCollection, slug: string): Promise<boolean> => selectWithdrawn(poolOf(payload), collection, slug)
