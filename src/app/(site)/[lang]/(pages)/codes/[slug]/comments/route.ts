import { handleCommentForm } from '@/site/codes/handleCommentForm'
import { noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** The comment form's target when JavaScript is off: stores the comment and redirects back to the code. */
export async function POST(request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleCommentForm(request, lang, (await params).slug)
}
