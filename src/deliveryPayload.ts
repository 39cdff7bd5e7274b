import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The app's Payload instance, for route handlers and the site's server components (created once per process). */
export const deliveryPayload = (): Promise<Payload> => getPayload({ config })
