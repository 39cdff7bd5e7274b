import { cache } from 'react'

import { loadSiteIdentity, type SiteIdentity } from '@/content/settings/loadSiteIdentity'
import { deliveryPayload } from '@/deliveryPayload'
import type { Lang } from '@/i18n/lang'

/**
 * The site identity in one language, loaded once per request: the layout, the frame and the
 * page metadata all name the ministry, and share one read of Site identity.
 */
export const siteIdentity = cache(async (lang: Lang): Promise<SiteIdentity> => loadSiteIdentity(await deliveryPayload(), lang))
