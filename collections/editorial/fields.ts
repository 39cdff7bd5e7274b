import type { Field } from 'payload'

import { STAGE_LABELS } from '../../src/admin/workflow/labels'
import { NEWSROOM_TIMEZONE, SUPPORTED_TIMEZONES } from '../../src/config/timezones'
import { STAGES } from '../../src/workflow/stages'
import { keepOutsideWorkflow, keepStageOutsideWorkflow } from './hooks/workflowOwnedFields'
import { trackAuthors } from './hooks/trackAuthors'


/** Slug from the Vietnamese title when left empty (see hooks/assignSlug). */
export const slugField: Field = {
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  label: { vi: 'Đường dẫn', en: 'Slug' },
  admin: { position: 'sidebar', description: { vi: 'Để trống để tạo từ tiêu đề tiếng Việt.', en: 'Leave empty to derive it from the Vietnamese title.' } },
}

/** Workflow and release fields shared by every content type. */
export const editorialFields: Field[] = [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/src/admin/workflow/WorkflowPanel#WorkflowPanel' } },
  },
  {
    name: 'stage',
    type: 'select',
    // Not required of clients (it is computed), so GraphQL does not demand it as input.
    defaultValue: 'draft',
    index: true,
    options: STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] ?? stage })),
    hooks: { beforeChange: [keepStageOutsideWorkflow] },
    label: { vi: 'Giai đoạn', en: 'Stage' },
    admin: { position: 'sidebar', readOnly: true, description: { vi: 'Chỉ thay đổi qua quy trình duyệt.', en: 'Changes only through the workflow.' } },
  },
  {
    name: 'embargoUntil',
    type: 'date',
    index: true,
    timezone: { defaultTimezone: NEWSROOM_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
    label: { vi: 'Cấm đăng đến', en: 'Embargo until' },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'publishAt',
    type: 'date',
    timezone: { defaultTimezone: NEWSROOM_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
    hooks: { beforeChange: [keepOutsideWorkflow] },
    label: { vi: 'Lịch đăng', en: 'Scheduled for' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'authors',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    hooks: { beforeChange: [trackAuthors] },
    label: { vi: 'Người viết phiên bản này', en: 'Authors of this version' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'majorChange',
    type: 'checkbox',
    defaultValue: false,
    label: { vi: 'Thay đổi quan trọng', en: 'Major change' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'changeNote',
    type: 'textarea',
    localized: true,
    label: { vi: 'Ghi chú thay đổi (công khai)', en: 'Change note (public)' },
    admin: { position: 'sidebar' },
  },
]
