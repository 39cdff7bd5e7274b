import { handleCodePdf } from '@/site/codes/handleCodeDownloads'
import { noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** GET /codes/{slug}/print.pdf: the current revision as PDF (src/site/codes/handleCodeDownloads.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleCodePdf(lang, (await params).slug)
}
