import type { CollectionConfig } from 'payload'

import { createAccreditationRequest } from '@/access/journalists'
import { hasRole } from '@/access/roles'
import { isPressOffice } from '@/access/isPressOffice'
import { JOURNALIST_STATUSES } from '@/press/journalistStatuses'
import { applyAccreditationDecision } from './hooks/applyAccreditationDecision'
import { auditAccreditation } from './hooks/auditAccreditation'
import { endAccessWhenNotAccredited } from './hooks/endAccessWhenNotAccredited'
import { mailAccreditationDecision } from './hooks/mailAccreditationDecision'
import { normaliseJournalistEmail } from './hooks/normaliseJournalistEmail'

/**
 * Journalists who asked for accreditation. Press officers approve or refuse them; an
 * accredited journalist signs in with a magic link and sees embargoed material.
 * Nothing here is public.
 */
export const Journalists: CollectionConfig = {
  slug: 'journalists',
  labels: { singular: { vi: 'Nhà báo', en: 'Journalist' }, plural: { vi: 'Nhà báo được cấp quyền', en: 'Accredited journalists' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'outlet', 'email', 'status', 'createdAt'],
    group: { vi: 'Phân phối', en: 'Delivery' },
    listSearchableFields: ['name', 'outlet', 'email', 'pressCardNumber'],
  },
  access: {
    read: isPressOffice,
    create: createAccreditationRequest,
    update: isPressOffice,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  hooks: {
    beforeValidate: [normaliseJournalistEmail],
    beforeChange: [applyAccreditationDecision],
    // The mail goes last: whatever can still fail and roll the decision back runs before it.
    afterChange: [endAccessWhenNotAccredited, auditAccreditation, mailAccreditationDecision],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { vi: 'Họ tên', en: 'Name' } },
    { name: 'outlet', type: 'text', required: true, maxLength: 200, label: { vi: 'Cơ quan báo chí', en: 'Outlet' } },
    { name: 'email', type: 'email', required: true, unique: true, index: true, label: { vi: 'Email công việc', en: 'Work email' } },
    { name: 'pressCardNumber', type: 'text', required: true, maxLength: 60, label: { vi: 'Số thẻ nhà báo', en: 'Press card number' } },
    { name: 'phone', type: 'text', maxLength: 40, label: { vi: 'Điện thoại', en: 'Phone' } },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: [
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ],
      label: { vi: 'Ngôn ngữ thư', en: 'Mail language' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: JOURNALIST_STATUSES.map((status) => ({ value: status.value, label: status.label })),
      label: { vi: 'Tình trạng', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'decisionNote',
      type: 'textarea',
      label: { vi: 'Lý do (gửi cho nhà báo)', en: 'Reason (sent to the journalist)' },
      admin: { position: 'sidebar', description: { vi: 'Bắt buộc khi từ chối hoặc thu hồi.', en: 'Required when refusing or revoking.' } },
    },
    {
      name: 'decidedAt',
      type: 'date',
      access: { update: () => false },
      label: { vi: 'Quyết định lúc', en: 'Decided at' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { update: () => false },
      label: { vi: 'Người quyết định', en: 'Decided by' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'lastSignInAt',
      type: 'date',
      access: { update: () => false },
      label: { vi: 'Đăng nhập gần nhất', en: 'Last signed in' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
