import { describe, expect, it } from 'vitest'

import { auditSummary, auditSummaryText, inBothLanguages, optionInBothLanguages } from '@/i18n/messages/auditSummaries'
import { workflowMessages } from '@/i18n/messages/workflow'
import { JOURNALIST_STATUSES } from '@/press/journalistStatuses'

describe('audit log summaries', () => {
  it('words one stored summary in Vietnamese and in English, labels and times included', () => {
    const summary = auditSummary('workflow', { action: inBothLanguages(workflowMessages, (words) => words.action.approve), title: 'Bảo vệ trẻ em' })
    expect(auditSummaryText(summary, 'vi')).toBe('Duyệt: Bảo vệ trẻ em')
    expect(auditSummaryText(summary, 'en')).toBe('Approve: Bảo vệ trẻ em')
    const viewed = auditSummary('journalistViewedEmbargoed', {
      journalist: 'ha@bao.vn',
      item: 'briefing-packs #4',
      until: { time: '2026-12-01T01:30:00.000Z' },
    })
    expect(auditSummaryText(viewed, 'vi')).toBe(
      'Phóng viên ha@bao.vn đã xem briefing-packs #4 đang cấm đăng (đến 01/12/2026 08:30 giờ Việt Nam) trong phòng báo chí',
    )
    expect(auditSummaryText(viewed, 'en')).toBe(
      'Journalist ha@bao.vn viewed embargoed briefing-packs #4 (until 01/12/2026 08:30 Viet Nam time) in the press room',
    )
  })

  it('names a select option by its label in each language, and keeps an unknown value as it is', () => {
    const changed = auditSummary('accreditationChanged', {
      from: optionInBothLanguages(JOURNALIST_STATUSES, 'pending'),
      to: optionInBothLanguages(JOURNALIST_STATUSES, 'mystery'),
      who: 'Hà',
    })
    expect(auditSummaryText(changed, 'vi')).toBe('Cấp thẻ phóng viên Chờ xét duyệt → mystery: Hà')
    expect(auditSummaryText(changed, 'en')).toBe('Accreditation Pending → mystery: Hà')
  })

  it('leaves what is not a stored summary to the text the entry kept', () => {
    expect(auditSummaryText(undefined, 'en')).toBeUndefined()
    expect(auditSummaryText({ key: 'none', values: {} }, 'en')).toBeUndefined()
    expect(auditSummaryText({ key: 'nothing-like-this', values: {} }, 'vi')).toBeUndefined()
  })
})
