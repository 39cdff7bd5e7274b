import { noteLocalDeliveryWrite } from '@/delivery/api/deliveryStateWatcher'

/**
 * A changed agency (key rotated or revoked, deactivated, trust changed) must take effect
 * on the next request. Other instances hear of it through the database trigger's NOTIFY;
 * this one stops trusting its in-memory copy at once.
 */
export const refreshDeliveryState = ({ doc }: { doc: unknown }) => {
  noteLocalDeliveryWrite()
  return doc
}
