import { handleCommentForm } from '../../../../../../site/codes/handleCommentForm'

export const dynamic = 'force-dynamic'

/** The comment form's target when JavaScript is off: stores the comment and redirects back to the code. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleCommentForm(request, 'vi', (await params).slug)
}
