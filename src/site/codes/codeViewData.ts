import { cache } from 'react'

import { loadCodeView } from '@/consultation/loadCodeView'
import { deliveryPayload } from '@/deliveryPayload'

/** A code's public view, loaded once per request: `generateMetadata` and the page share it. */
export const codeViewData = cache(async (slug: string) => loadCodeView(await deliveryPayload(), slug))
