import { handleReportCsv } from '@/site/codes/handleCodeDownloads'
import { noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** GET /codes/{slug}/report.csv: the consultation report as CSV (src/site/codes/handleCodeDownloads.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleReportCsv(lang, (await params).slug)
}
