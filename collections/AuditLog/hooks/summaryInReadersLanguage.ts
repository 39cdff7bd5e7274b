import type { FieldHook } from 'payload'

import { langOfPayloadRequest } from '@/i18n/lang'
import { auditSummaryText } from '@/i18n/messages/auditSummaries'

/**
 * An entry's summary in the reader's language (their admin language, else what their
 * client asks for), worded from the message it keeps; older entries keep their stored text.
 */
export const summaryInReadersLanguage: FieldHook = ({ value, siblingData, req }) => {
  const message = (siblingData?.details as { summaryMessage?: unknown } | null | undefined)?.summaryMessage
  return auditSummaryText(message, langOfPayloadRequest(req)) ?? value
}
