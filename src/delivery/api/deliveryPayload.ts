import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The app's Payload instance, for the delivery route handlers (created once per process). */
export const deliveryPayload = (): Promise<Payload> => getPayload({ config })
