import type { RenderedMail } from '@/mail/templates/types'
import { type Lang } from '@/i18n/lang'
import { pressDecisionMailMessages } from '@/i18n/messages/pressDecisionMails'
import type { JournalistStatus } from '../journalistStatuses'
import { renderPressMail } from './renderPressMail'

type Options = { locale: Lang; status: JournalistStatus; signInUrl: string; siteUrl: string }

/**
 * What the owner of an address already on file gets when someone asks again with it. The
 * form answers every request alike, so only the address's owner learns that it was known.
 */
export function renderAccreditationKnownMail({ locale, status, signInUrl, siteUrl }: Options): RenderedMail {
  const words = pressDecisionMailMessages[locale].known
  return renderPressMail({
    locale,
    siteUrl,
    subject: words.subject,
    paragraphs: [words.body, words.status[status]],
    button: status === 'accredited' ? { url: signInUrl, label: words.button } : undefined,
    note: words.notYou,
  })
}
