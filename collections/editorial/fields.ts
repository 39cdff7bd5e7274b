import type { Field } from 'payload'

import { STAGE_LABELS } from '@/workflow/stageLabels'
import { NEWSROOM_TIMEZONE, SUPPORTED_TIMEZONES } from '@/config/timezones'
import { staffOnlyField } from '@/access/conductCodes'
import { STAGES } from '@/workflow/stages'
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
    label: { vi: 'Trạng thái', en: 'Status' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      // One status in the admin: the panel and the list column show both states; the raw field is not shown.
      components: { Field: '/src/admin/workflow/HiddenStageField#HiddenStageField', Cell: '/src/admin/workflow/StatusCell#StatusCell' },
    },
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
    // Withdrawal at a set time, whatever the working copy's stage; only the workflow sets it.
    name: 'unpublishAt',
    // Workflow facts for staff: public channels give a withdrawal's reason through their own rendering.
    access: { read: staffOnlyField },
    type: 'date',
    index: true,
    timezone: { defaultTimezone: NEWSROOM_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
    hooks: { beforeChange: [keepOutsideWorkflow] },
    label: { vi: 'Lịch rút bài', en: 'Withdrawal scheduled for' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // When and why the live version was taken down: public, on the 410 page, in ninjs and the feeds.
    name: 'withdrawnAt',
    access: { read: staffOnlyField },
    type: 'date',
    hooks: { beforeChange: [keepOutsideWorkflow] },
    label: { vi: 'Rút lúc', en: 'Withdrawn at' },
    admin: { hidden: true },
  },
  {
    name: 'withdrawalReason',
    access: { read: staffOnlyField },
    type: 'textarea',
    hooks: { beforeChange: [keepOutsideWorkflow] },
    label: { vi: 'Lý do rút bài', en: 'Reason for withdrawal' },
    admin: { hidden: true },
  },
  {
    // The reviewer who looks at the working copy; empty means every reviewer.
    name: 'assignee',
    access: { read: staffOnlyField },
    type: 'relationship',
    relationTo: 'users',
    index: true,
    hooks: { beforeChange: [keepOutsideWorkflow] },
    label: { vi: 'Người duyệt được giao', en: 'Assigned reviewer' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'programmeTasks',
    type: 'relationship',
    relationTo: 'programme-tasks',
    hasMany: true,
    label: { vi: 'Nhiệm vụ chương trình', en: 'Programme tasks served' },
    admin: { position: 'sidebar' },
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
