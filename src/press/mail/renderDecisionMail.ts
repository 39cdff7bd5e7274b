import type { RenderedMail } from '@/mail/templates/types'
import { type Lang } from '@/i18n/lang'
import { pressDecisionMailMessages } from '@/i18n/messages/pressDecisionMails'
import { SIGN_IN_LINK_MINUTES } from '../limits'
import { renderPressMail } from './renderPressMail'

export type Decision = 'accredited' | 'refused' | 'revoked'

type Options = { locale: Lang; name: string; decision: Decision; note?: string | null; signInUrl: string; siteUrl: string }

/** The press office's decision, mailed to the journalist: how to sign in, or the reason given. */
export function renderDecisionMail({ locale, name, decision, note, signInUrl, siteUrl }: Options): RenderedMail {
  const words = pressDecisionMailMessages[locale]
  if (decision === 'accredited') {
    const accredited = words.accredited
    return renderPressMail({
      locale,
      siteUrl,
      subject: accredited.subject,
      paragraphs: [words.greeting(name), accredited.approved, accredited.howToSignIn(SIGN_IN_LINK_MINUTES), accredited.embargo],
      button: { url: signInUrl, label: accredited.button },
    })
  }
  const outcome = words[decision]
  return renderPressMail({
    locale,
    siteUrl,
    subject: outcome.subject,
    paragraphs: [words.greeting(name), outcome.body],
    quote: note?.trim() || undefined,
    note: words.contactNote,
  })
}
