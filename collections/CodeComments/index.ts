import type { CollectionConfig, Field } from 'payload'

import { createCodeComment, isConsultationStaff, readCodeComments, staffOnlyField } from '@/access/conductCodes'
import { hasRole } from '@/access/roles'
import { COMMENT_STATUSES, COMMENTER_GROUPS, DISPOSITIONS } from '@/consultation/comments/commentVocabulary'
import { applyModerationRules } from './hooks/applyModerationRules'
import { auditModeration } from './hooks/auditModeration'
import { validateCommentText } from './validateCommentText'

/** What the commenter wrote is kept as written: staff moderate and answer, never edit it. */
const asWritten = { update: () => false }
const staffOnly = { read: staffOnlyField, update: () => false }
const systemOnly = { read: staffOnlyField }

const commenterFields: Field[] = [
  { name: 'name', type: 'text', required: true, maxLength: 200, access: staffOnly, label: { vi: 'Họ tên (không công khai)', en: 'Name (private)' } },
  { name: 'email', type: 'email', required: true, access: staffOnly, label: { vi: 'Email (không công khai)', en: 'Email (private)' } },
  {
    name: 'group',
    type: 'select',
    required: true,
    options: COMMENTER_GROUPS.map((group) => ({ value: group.value, label: group.label })),
    access: asWritten,
    label: { vi: 'Người góp ý là', en: 'Commenter is' },
  },
  { name: 'organisation', type: 'text', maxLength: 200, access: asWritten, label: { vi: 'Tổ chức', en: 'Organisation' } },
  { name: 'text', type: 'textarea', required: true, validate: validateCommentText, access: asWritten, label: { vi: 'Nội dung góp ý', en: 'Comment' } },
  {
    name: 'consent',
    type: 'checkbox',
    required: true,
    access: asWritten,
    label: { vi: 'Đồng ý công bố nội dung góp ý', en: 'Consents to publication of the comment' },
  },
]

/**
 * Comments on a code of conduct, on the whole code or one clause. They wait as `pending`
 * until an editor publishes or rejects them; published ones are answered with a
 * disposition and a reply. Commenters' names and emails never leave the staff.
 */
export const CodeComments: CollectionConfig = {
  slug: 'code-comments',
  labels: { singular: { vi: 'Góp ý', en: 'Comment' }, plural: { vi: 'Góp ý', en: 'Comments' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'clauseNumber', 'group', 'status', 'disposition', 'createdAt'],
    group: { vi: 'Quy tắc ứng xử', en: 'Code of conduct' },
    listSearchableFields: ['text', 'organisation'],
  },
  access: {
    read: readCodeComments,
    create: createCodeComment,
    update: isConsultationStaff,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  hooks: { beforeChange: [applyModerationRules], afterChange: [auditModeration] },
  fields: [
    { name: 'summary', type: 'text', access: { update: () => false }, admin: { hidden: true } },
    {
      name: 'code',
      type: 'relationship',
      relationTo: 'conduct-codes',
      required: true,
      index: true,
      access: asWritten,
      label: { vi: 'Bộ quy tắc', en: 'Code' },
    },
    {
      name: 'consultation',
      type: 'relationship',
      relationTo: 'code-consultations',
      index: true,
      access: asWritten,
      label: { vi: 'Đợt lấy ý kiến', en: 'Consultation' },
    },
    {
      type: 'row',
      fields: [
        { name: 'revision', type: 'text', required: true, access: asWritten, label: { vi: 'Góp ý cho phiên bản', en: 'On revision' } },
        {
          name: 'clauseKey',
          type: 'text',
          index: true,
          access: asWritten,
          label: { vi: 'Mã khoản', en: 'Clause id' },
          admin: { description: { vi: 'Trống: góp ý chung cho cả bộ quy tắc.', en: 'Empty: a comment on the whole code.' } },
        },
        { name: 'clauseNumber', type: 'text', access: asWritten, label: { vi: 'Khoản số', en: 'Clause number' } },
      ],
    },
    ...commenterFields,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((status) => ({ value: status.value, label: status.label })),
      label: { vi: 'Kiểm duyệt', en: 'Moderation' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      access: systemOnly,
      label: { vi: 'Lý do từ chối', en: 'Reason for rejection' },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'rejected' },
    },
    {
      type: 'collapsible',
      label: { vi: 'Trả lời ("Bạn góp ý, chúng tôi làm")', en: 'Answer ("you said, we did")' },
      admin: { condition: (data) => data?.status === 'published' },
      fields: [
        {
          name: 'disposition',
          type: 'select',
          options: DISPOSITIONS.map((item) => ({ value: item.value, label: item.label })),
          label: { vi: 'Tiếp thu', en: 'Disposition' },
        },
        { name: 'reply', type: 'textarea', localized: true, label: { vi: 'Trả lời', en: 'Reply' } },
        {
          type: 'row',
          fields: [
            {
              name: 'linkedRevision',
              type: 'text',
              label: { vi: 'Phiên bản sau', en: 'Later revision' },
              admin: { description: { vi: 'Ví dụ v0.2', en: 'Such as v0.2' } },
            },
            {
              name: 'linkedClauses',
              type: 'text',
              hasMany: true,
              label: { vi: 'Các khoản đã sửa', en: 'Clauses changed' },
              admin: { description: { vi: 'Số khoản trong phiên bản sau, ví dụ I.1.2', en: 'Clause numbers in the later revision, such as I.1.2' } },
            },
          ],
        },
      ],
    },
    {
      name: 'answeredAt',
      type: 'date',
      access: { update: () => false },
      label: { vi: 'Trả lời lúc', en: 'Answered at' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'answeredBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffOnlyField, update: () => false },
      label: { vi: 'Người trả lời', en: 'Answered by' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'moderatedAt',
      type: 'date',
      access: { read: staffOnlyField, update: () => false },
      label: { vi: 'Duyệt lúc', en: 'Moderated at' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffOnlyField, update: () => false },
      label: { vi: 'Người duyệt', en: 'Moderated by' },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'ipHash', type: 'text', index: true, access: { read: staffOnlyField, update: () => false }, admin: { hidden: true } },
  ],
}
