import type { Payload } from 'payload'

import type { RenderedMail } from '@/mail/templates/types'
import { sendPressMail } from './sendPressMail'

/**
 * Sends a mail whose failure must not undo what was already done (a stored request, a
 * decision): the failure is logged, without the address, and the caller carries on.
 */
export async function sendPressMailLogged(payload: Payload, to: string, mail: RenderedMail, what: string): Promise<boolean> {
  try {
    await sendPressMail(payload, to, mail)
    return true
  } catch (error) {
    payload.logger.warn(`Press room mail (${what}) failed: ${(error as Error).message}`)
    return false
  }
}
