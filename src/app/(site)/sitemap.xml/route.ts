import { deliveryPayload } from '@/deliveryPayload'
import { listSitemapEntries, renderSitemap } from '@/site/seo/buildSitemap'

export const dynamic = 'force-dynamic'

/** GET /sitemap.xml: every public page in Vietnamese and English. Never anything embargoed, draft or withdrawn. */
export async function GET(): Promise<Response> {
  const payload = await deliveryPayload()
  const xml = renderSitemap(await listSitemapEntries(payload))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } })
}
