import { openApiDocument } from '@/openapi/openApiDocument'
import { siteUrl } from '@/config/siteUrl'

export const dynamic = 'force-dynamic'

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of every v1 endpoint. */
export function GET(): Response {
  return Response.json(openApiDocument(siteUrl()), { headers: { 'Cache-Control': 'public, max-age=300' } })
}
