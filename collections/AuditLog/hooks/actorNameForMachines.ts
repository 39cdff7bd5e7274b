import type { FieldHook } from 'payload'

import { machineActorName } from '@/audit/machineActorName'
import { langOfPayloadRequest } from '@/i18n/lang'

/**
 * An entry made by the scheduler, the system or a journalist has no staff name: the list
 * shows who it was, in the reader's language, instead of an empty cell.
 */
export const actorNameForMachines: FieldHook = ({ value, siblingData, req }) =>
  value || machineActorName((siblingData as { actorLabel?: string | null } | undefined)?.actorLabel, langOfPayloadRequest(req))
