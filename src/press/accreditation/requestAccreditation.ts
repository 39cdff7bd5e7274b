import type { Payload } from 'payload'

import { siteUrl } from '@/config/siteUrl'
import { pressUrl } from '../http/pressPaths'
import { renderAccreditationKnownMail } from '../mail/renderAccreditationKnownMail'
import { renderAccreditationReceivedMail } from '../mail/renderAccreditationReceivedMail'
import { renderPressOfficerNotice } from '../mail/renderPressOfficerNotice'
import { sendPressMailLogged } from '../mail/sendPressMailLogged'
import { findJournalistByEmail, type JournalistRecord } from './findJournalistByEmail'
import type { AccreditationRequest } from './parseAccreditationForm'
import { pressOfficerAddresses } from './pressOfficerAddresses'

export type AccreditationOutcome = { kind: 'created'; id: number } | { kind: 'known'; id: number }

async function mailKnownAddress(payload: Payload, known: JournalistRecord): Promise<void> {
  const mail = renderAccreditationKnownMail({
    locale: known.language,
    status: known.status,
    signInUrl: pressUrl(known.language, '/sign-in'),
    siteUrl: siteUrl(),
  })
  await sendPressMailLogged(payload, known.email, mail, 'accreditation already on file')
}

/** Each officer's notice is sent on its own: one failing address does not keep the others from hearing. */
async function notifyPressOfficers(payload: Payload, request: AccreditationRequest, id: number): Promise<void> {
  const mail = renderPressOfficerNotice({ request, adminUrl: `${siteUrl()}/admin/collections/journalists/${id}` })
  for (const address of await pressOfficerAddresses(payload)) {
    await sendPressMailLogged(payload, address, mail, 'accreditation notice to a press officer')
  }
}

/**
 * A journalist asks for accreditation. A new address becomes a `pending` journalist, who
 * gets an acknowledgement, and every press officer a notice with the admin link. An
 * address already on file changes nothing; its owner gets a note saying so. The caller
 * answers both alike, so the form never tells who is on file.
 */
export async function requestAccreditation(payload: Payload, request: AccreditationRequest): Promise<AccreditationOutcome> {
  const known = await findJournalistByEmail(payload, request.email)
  if (known) {
    await mailKnownAddress(payload, known)
    return { kind: 'known', id: known.id }
  }
  let id: number
  try {
    const created = await payload.create({
      collection: 'journalists',
      data: { ...request, status: 'pending' },
      // The access rule lets this handler (and press officers) create requests; nobody else.
      context: { acceptingAccreditationRequest: true },
      overrideAccess: false,
    })
    id = Number(created.id)
  } catch (error) {
    // Two requests for one new address at once: the unique index lets one in.
    const raced = await findJournalistByEmail(payload, request.email)
    if (!raced) throw error
    await mailKnownAddress(payload, raced)
    return { kind: 'known', id: raced.id }
  }
  const received = renderAccreditationReceivedMail({
    locale: request.language,
    name: request.name,
    outlet: request.outlet,
    pressCardNumber: request.pressCardNumber,
    siteUrl: siteUrl(),
  })
  await sendPressMailLogged(payload, request.email, received, 'accreditation acknowledgement')
  await notifyPressOfficers(payload, request, id)
  return { kind: 'created', id }
}
