import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * The audit log is append-only. Access already refuses updates and deletes through REST
 * and GraphQL; these hooks refuse them through the Local API too, even with
 * overrideAccess, and a database trigger refuses them to SQL.
 */
export const refuseUpdates: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') throw new APIError('Audit log entries cannot be changed.', 403, undefined, true)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = () => {
  throw new APIError('Audit log entries cannot be deleted.', 403, undefined, true)
}
