import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'

/**
 * A programme year is the record of a decision and its report: it is not deleted once its
 * report is submitted, nor while tasks belong to it (they would be left without a year and
 * counted twice on the dashboard). 409, in the reader's language.
 */
// Runs after Payload has let this caller delete the year (admins): the reads below are the
// system's own checks, and the caller learns no more than whether they pass.
export const keepYearWithItsWork: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const words = messagesIn(programmeMessages, langOfPayloadRequest(req))
  const year = await req.payload.findByID({ collection: 'programme-years', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (year?.submittedAt) throw new APIError(words.yearSubmitted, 409, { field: 'submittedAt' }, true)
  const { totalDocs } = await req.payload.count({ collection: 'programme-tasks', where: { year: { equals: id } }, req, overrideAccess: true })
  if (totalDocs > 0) throw new APIError(words.yearHasTasks(totalDocs), 409, { collection: 'programme-tasks', field: 'year' }, true)
}
