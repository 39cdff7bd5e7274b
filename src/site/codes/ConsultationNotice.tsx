import React from 'react'

import type { ConsultationState } from '@/consultation/consultations/consultationState'
import { formatWindow } from '@/consultation/consultations/formatWindow'
import { CODE_COPY } from './codeCopy'
import { type Lang } from '@/i18n/lang'

/** Where the consultation stands, with its dates in Viet Nam time. */
export function ConsultationNotice({ state, lang }: { state: ConsultationState; lang: Lang }) {
  if (state.state === 'none') return null
  const copy = CODE_COPY[lang]
  const title = state.state === 'open' ? copy.consultationOpen : state.state === 'upcoming' ? copy.consultationUpcoming : copy.consultationClosed
  return (
    <div className={`notice ${state.state === 'open' ? 'notice--ok' : ''}`} data-testid="consultation-notice" data-state={state.state}>
      <strong>{title}</strong>: {formatWindow(state.consultation, lang)}
    </div>
  )
}
