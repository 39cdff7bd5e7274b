import { handleCodePdf } from '../../../../../../site/codes/handleCodeDownloads'

export const dynamic = 'force-dynamic'

/** GET /codes/{slug}/print.pdf: the current revision as PDF (src/site/codes/handleCodeDownloads.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleCodePdf('vi', (await params).slug)
}
