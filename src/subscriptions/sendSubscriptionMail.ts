import { fromAddress } from '@/mail/bulkTransport'
import { createMailTransport } from '@/mail/createEmailAdapter'
import type { RenderedMail } from '@/mail/templates/types'
import { listUnsubscribeHeaders } from './links'

let transport: ReturnType<typeof createMailTransport> | undefined

/**
 * Sends one transactional subscription mail (confirmation, "already subscribed") at
 * once, through the app's mail transport, with the List-Unsubscribe headers every mail
 * carries. The address is passed as an address object, so no header can be injected.
 */
export async function sendSubscriptionMail({
  to,
  mail,
  accessToken,
  unsubscribeUrl,
}: {
  to: string
  mail: RenderedMail
  accessToken: string
  unsubscribeUrl: string
}): Promise<void> {
  transport ??= createMailTransport()
  await transport.sendMail({
    from: fromAddress(),
    to: { name: '', address: to },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: listUnsubscribeHeaders(unsubscribeUrl, accessToken),
  })
}
