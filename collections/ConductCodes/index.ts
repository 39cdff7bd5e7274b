import type { CollectionConfig, Field } from 'payload'

import { hasRole } from '@/access/roles'
import { readConductCode, staffOnlyField } from '@/access/conductCodes'
import { staffOnly } from '@/access/publicContent'
import { CODE_STATUSES } from '@/consultation/codeStatuses'
import { inBothLanguages } from '@/i18n/defineMessages'
import { adminToolMessages } from '@/i18n/messages/adminTools'
import { editorialAdminComponents, editorialVersions } from '../editorial/access'
import { editorialFields, slugField } from '../editorial/fields'
import { assignSlug } from '../editorial/hooks/assignSlug'
import { guardPublishing } from '../editorial/hooks/guardPublishing'
import { assignStableKeys } from './hooks/assignStableKeys'
import { freezeRevision } from './hooks/freezeRevision'
import { validateRevisionLabel } from './validateRevisionLabel'

// Rows read as the public site numbers them: Chương II · Điều 3. …
const codeRowLabel = (level: 'chapter' | 'article' | 'clause') => ({ path: '/src/admin/consultation/CodeRowLabel#CodeRowLabel', clientProps: { level } })

/**
 * The stable id of a chapter, article or clause: kept through reordering and renumbering.
 * The system sets it and nobody edits it, so it comes last in its row, out of the drafter's way.
 */
const keyField: Field = {
  name: 'key',
  type: 'text',
  index: false,
  label: inBothLanguages(adminToolMessages, (words) => words.stableId.label),
  admin: { readOnly: true, description: inBothLanguages(adminToolMessages, (words) => words.stableId.description) },
}

/** The workflow fields codes share with other content; codes keep their own changelog and have no embargo. */
const WORKFLOW_FIELD_NAMES = new Set([
  'workflowPanel',
  'stage',
  'publishAt',
  'unpublishAt',
  'withdrawnAt',
  'withdrawalReason',
  'assignee',
  'programmeTasks',
  'authors',
])
const workflowFields = editorialFields.filter((field) => 'name' in field && WORKFLOW_FIELD_NAMES.has(field.name))

/**
 * A code of conduct on child protection in cyberspace, drafted clause by clause:
 * chapters hold articles, articles hold clauses. Numbers come from positions; each part
 * keeps a stable id. Publishing through the workflow freezes the revision.
 */
export const ConductCodes: CollectionConfig = {
  slug: 'conduct-codes',
  // A short table name keeps the nested clause tables within PostgreSQL's 63-character identifiers.
  dbName: 'codes',
  labels: { singular: { vi: 'Bộ quy tắc ứng xử', en: 'Code of conduct' }, plural: { vi: 'Bộ quy tắc ứng xử', en: 'Codes of conduct' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'revisionLabel', 'status', 'stage', 'updatedAt'],
    group: { vi: 'Quy tắc ứng xử', en: 'Code of conduct' },
    components: editorialAdminComponents,
  },
  access: {
    read: readConductCode,
    readVersions: staffOnly,
    create: ({ req }) => hasRole(req.user, 'admin', 'editor'),
    update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  versions: editorialVersions,
  hooks: {
    beforeOperation: [guardPublishing],
    beforeValidate: [assignSlug('title'), assignStableKeys],
    afterChange: [freezeRevision],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên bộ quy tắc', en: 'Title' } },
    slugField,
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    {
      type: 'row',
      fields: [
        {
          name: 'revisionLabel',
          type: 'text',
          required: true,
          defaultValue: 'v0.1',
          validate: validateRevisionLabel,
          label: { vi: 'Phiên bản', en: 'Revision' },
          admin: {
            description: { vi: 'Ví dụ v0.1, v0.2. Mỗi lần xuất bản cần một phiên bản mới.', en: 'Such as v0.1, v0.2. Each publication needs a new revision.' },
          },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'drafting',
          // The default enum name, enum_codes_status, is the one Payload gives the drafts'
          // `_status` (draft/published): sharing it broke the migration and the column.
          enumName: ({ tableName }) => `enum_${tableName}_code_status`,
          options: CODE_STATUSES.map((status) => ({ value: status.value, label: status.label })),
          label: { vi: 'Tình trạng', en: 'Status' },
        },
      ],
    },
    {
      name: 'chapters',
      type: 'array',
      label: { vi: 'Chương', en: 'Chapters' },
      labels: { singular: { vi: 'Chương', en: 'Chapter' }, plural: { vi: 'Chương', en: 'Chapters' } },
      admin: { components: { RowLabel: codeRowLabel('chapter') } },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên chương', en: 'Chapter title' } },
        {
          name: 'articles',
          type: 'array',
          label: { vi: 'Điều', en: 'Articles' },
          labels: { singular: { vi: 'Điều', en: 'Article' }, plural: { vi: 'Điều', en: 'Articles' } },
          admin: { components: { RowLabel: codeRowLabel('article') } },
          fields: [
            { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên điều', en: 'Article title' } },
            {
              name: 'clauses',
              type: 'array',
              label: { vi: 'Khoản', en: 'Clauses' },
              labels: { singular: { vi: 'Khoản', en: 'Clause' }, plural: { vi: 'Khoản', en: 'Clauses' } },
              admin: { components: { RowLabel: codeRowLabel('clause') } },
              fields: [
                { name: 'heading', type: 'text', localized: true, label: { vi: 'Tiêu đề khoản', en: 'Heading' } },
                { name: 'text', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Text' } },
                {
                  name: 'rationale',
                  type: 'textarea',
                  access: { read: staffOnlyField },
                  label: { vi: 'Lý do (nội bộ)', en: 'Rationale (internal)' },
                  admin: { description: { vi: 'Không bao giờ công khai.', en: 'Never public.' } },
                },
                keyField,
              ],
            },
            keyField,
          ],
        },
        keyField,
      ],
    },
    {
      name: 'changelog',
      type: 'array',
      label: { vi: 'Nhật ký thay đổi (công khai)', en: 'Changelog (public)' },
      labels: { singular: { vi: 'Mục thay đổi', en: 'Change' }, plural: { vi: 'Nhật ký thay đổi', en: 'Changelog' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'revision', type: 'text', required: true, validate: validateRevisionLabel, label: { vi: 'Phiên bản', en: 'Revision' } },
            { name: 'date', type: 'date', label: { vi: 'Ngày', en: 'Date' } },
          ],
        },
        { name: 'note', type: 'textarea', required: true, localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
    {
      name: 'revisionsPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/consultation/RevisionsPanel#RevisionsPanel' } },
    },
    ...workflowFields,
  ],
}
