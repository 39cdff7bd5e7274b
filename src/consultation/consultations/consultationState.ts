export type ConsultationWindow = { id: number; opensAt: string; closesAt: string; name?: string | null }

export type ConsultationState =
  | { state: 'open'; consultation: ConsultationWindow }
  | { state: 'upcoming'; consultation: ConsultationWindow }
  | { state: 'closed'; consultation: ConsultationWindow }
  | { state: 'none' }

/**
 * Where a code's consultations stand at `now`: the open one if any (opening time included,
 * closing time excluded), else the next to open, else the last to close.
 */
export function consultationState(consultations: ConsultationWindow[], now: Date): ConsultationState {
  const at = now.getTime()
  const time = (value: string) => new Date(value).getTime()
  const open = consultations.find((item) => time(item.opensAt) <= at && at < time(item.closesAt))
  if (open) return { state: 'open', consultation: open }
  const upcoming = consultations.filter((item) => time(item.opensAt) > at).sort((a, b) => time(a.opensAt) - time(b.opensAt))[0]
  if (upcoming) return { state: 'upcoming', consultation: upcoming }
  const closed = consultations.filter((item) => time(item.closesAt) <= at).sort((a, b) => time(b.closesAt) - time(a.closesAt))[0]
  return closed ? { state: 'closed', consultation: closed } : { state: 'none' }
}
