import type { FieldHook } from 'payload'

import { runTitle } from '@/email/runTitle'
import { langOfPayloadRequest } from '@/i18n/lang'

/** A run's title in the reader's language (their admin language), from its kind and headline; nothing is stored. */
export const titleInReadersLanguage: FieldHook = ({ siblingData, req }) =>
  runTitle({ kind: siblingData?.kind as string | null, headline: siblingData?.headline as string | null }, langOfPayloadRequest(req))
