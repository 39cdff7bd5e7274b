import { workflowMessages } from '@/i18n/messages/workflow'

/** The stored stage's name in both languages, for the stage field's options in Payload's admin. */
export const STAGE_LABELS: Record<string, { vi: string; en: string }> = Object.fromEntries(
  Object.keys(workflowMessages.vi.stage).map((stage) => [
    stage,
    {
      vi: workflowMessages.vi.stage[stage as keyof typeof workflowMessages.vi.stage],
      en: workflowMessages.en.stage[stage as keyof typeof workflowMessages.vi.stage],
    },
  ]),
)
