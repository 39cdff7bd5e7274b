/** A shared preview link lasts 72 hours unless PREVIEW_LINK_HOURS says otherwise (1 to 720). */
export const DEFAULT_PREVIEW_LINK_HOURS = 72

export function previewLinkHours(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PREVIEW_LINK_HOURS?.trim()
  if (!raw) return DEFAULT_PREVIEW_LINK_HOURS
  const hours = Number(raw)
  // A typo must not make links last for ever, nor expire before anyone can open them.
  return Number.isInteger(hours) && hours >= 1 && hours <= 720 ? hours : DEFAULT_PREVIEW_LINK_HOURS
}
