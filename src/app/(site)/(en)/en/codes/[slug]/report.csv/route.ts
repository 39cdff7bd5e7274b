import { handleReportCsv } from '../../../../../../../site/codes/handleCodeDownloads'

export const dynamic = 'force-dynamic'

/** GET /en/codes/{slug}/report.csv: the consultation report as CSV (src/site/codes/handleCodeDownloads.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleReportCsv('en', (await params).slug)
}
