import type { CollectionAfterChangeHook } from 'payload'

import type { Journalist } from '../../../payload-types'
import { siteUrl } from '@/config/siteUrl'
import { pressUrl } from '@/press/http/pressPaths'
import { renderDecisionMail, type Decision } from '@/press/mail/renderDecisionMail'
import { sendPressMailLogged } from '@/press/mail/sendPressMailLogged'

const DECISIONS: readonly string[] = ['accredited', 'refused', 'revoked'] satisfies Decision[]

/**
 * Mails the journalist the decision, in their language: how to sign in, or the reason. A
 * failed mail is logged and does not undo the decision (the admin shows it either way).
 */
export const mailAccreditationDecision: CollectionAfterChangeHook<Journalist> = async ({ doc, previousDoc, operation, req }) => {
  const previous = operation === 'update' ? previousDoc?.status : 'pending'
  if (doc.status === previous || !DECISIONS.includes(doc.status)) return doc
  const locale = doc.language === 'en' ? 'en' : 'vi'
  const mail = renderDecisionMail({
    locale,
    name: doc.name,
    decision: doc.status as Decision,
    note: doc.decisionNote,
    signInUrl: pressUrl(locale, '/sign-in'),
    siteUrl: siteUrl(),
  })
  await sendPressMailLogged(req.payload, doc.email, mail, `accreditation ${doc.status}`)
  return doc
}
