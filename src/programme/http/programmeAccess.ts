import type { PayloadRequest } from 'payload'

import { hasRole, isStaffMember, type Role } from '@/access/roles'
import { inBothLanguages } from '@/i18n/defineMessages'
import { isLang, langOfPayloadRequest, type Lang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'
import { AppError, errorJsonResponse } from '@/platform/errors/appError'

/**
 * The programme's figures and report are for staff: nobody signed in gets 401, an agency key
 * or any other non-staff principal 403. `roles` narrows it further (e.g. admins only).
 */
export function requireStaff(req: PayloadRequest, roles: Role[] = []): void {
  if (!req.user)
    throw new AppError(
      'unauthorized',
      inBothLanguages(programmeMessages, (m) => m.signInFirst),
    )
  if (!isStaffMember(req.user) || (roles.length > 0 && !hasRole(req.user, ...roles))) {
    throw new AppError(
      'forbidden',
      inBothLanguages(programmeMessages, (m) => m.staffOnly),
    )
  }
}

/**
 * Runs a programme handler, answering an AppError as its JSON body in the reader's language:
 * `?locale=` when it names one, as on every API route, else the person's admin language.
 */
export async function withProgrammeErrors(req: PayloadRequest, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle()
  } catch (error) {
    if (error instanceof AppError) return errorJsonResponse(error, readerLang(req))
    throw error
  }
}

function readerLang(req: PayloadRequest): Lang {
  const locale = new URL(req.url ?? 'http://x/').searchParams.get('locale')
  return isLang(locale) ? locale : langOfPayloadRequest(req)
}
