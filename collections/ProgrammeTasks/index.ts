import type { CollectionConfig, Field } from 'payload'

import { anyone } from '@/access/isPublic'
import { adminOnlyField, mayUpdateTask, staffOnlyProgrammeField } from '@/access/programme'
import { hasRole } from '@/access/roles'
import { programmeMessages } from '@/i18n/messages/programme'
import { TASK_STATUSES } from '@/programme/taskStatus'
import { programmeGroup } from '../programmeGroup'
import { auditTaskChanges } from './hooks/auditTaskChanges'
import { computeStatus } from './hooks/computeStatus'
import { signProgressUpdates } from './hooks/signProgressUpdates'

const adminOnly = { update: adminOnlyField }
const internal = { read: staffOnlyProgrammeField }

/** The content that serves a task, listed on its admin page (joins on `programmeTasks`). */
const servedBy = (['campaigns', 'articles', 'briefing-packs', 'conduct-codes'] as const).map((collection): Field => ({
  name: `servedBy_${collection.replaceAll('-', '_')}`,
  type: 'join',
  collection,
  on: 'programmeTasks',
  access: internal,
  admin: { defaultColumns: ['id', 'title', 'stage', 'updatedAt'], allowCreate: false },
  label: {
    campaigns: { vi: 'Chiến dịch phục vụ nhiệm vụ', en: 'Campaigns serving this task' },
    articles: { vi: 'Bài viết phục vụ nhiệm vụ', en: 'Articles serving this task' },
    'briefing-packs': { vi: 'Tài liệu họp báo phục vụ nhiệm vụ', en: 'Briefing packs serving this task' },
    'conduct-codes': { vi: 'Bộ quy tắc phục vụ nhiệm vụ', en: 'Codes of conduct serving this task' },
  }[collection],
}))

export const ProgrammeTasks: CollectionConfig = {
  slug: 'programme-tasks',
  labels: { singular: { vi: 'Nhiệm vụ', en: 'Programme task' }, plural: { vi: 'Nhiệm vụ', en: 'Programme tasks' } },
  admin: { useAsTitle: 'label', defaultColumns: ['year', 'number', 'label', 'host', 'due', 'status'], group: programmeGroup },
  defaultSort: 'number',
  access: {
    read: anyone,
    create: ({ req }) => hasRole(req.user, 'admin'),
    update: mayUpdateTask,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  // A number is unique within its programme year; the next year's copy reuses it.
  indexes: [{ fields: ['year', 'number'], unique: true }],
  hooks: { beforeChange: [signProgressUpdates], afterChange: [auditTaskChanges] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Nhiệm vụ', en: 'Task' },
          fields: [
            {
              name: 'year',
              type: 'relationship',
              relationTo: 'programme-years',
              index: true,
              access: adminOnly,
              label: { vi: 'Năm chương trình', en: 'Programme year' },
            },
            { name: 'number', type: 'number', required: true, min: 1, access: adminOnly, label: { vi: 'Số', en: 'Number' } },
            { name: 'label', type: 'text', required: true, localized: true, access: adminOnly, label: { vi: 'Nhãn', en: 'Label' } },
            {
              name: 'text',
              type: 'textarea',
              localized: true,
              access: adminOnly,
              label: { vi: 'Nội dung nhiệm vụ', en: 'Task' },
              admin: {
                description: {
                  vi: 'Theo văn bản quyết định; có thể chưa có bản tiếng Việt.',
                  en: 'As in the decision; a language may be missing where the source has none.',
                },
              },
            },
            {
              name: 'objectives',
              type: 'relationship',
              relationTo: 'programme-objectives',
              hasMany: true,
              access: adminOnly,
              label: { vi: 'Mục tiêu phục vụ', en: 'Objectives served' },
            },
            {
              name: 'host',
              type: 'relationship',
              relationTo: 'institutions',
              required: true,
              access: adminOnly,
              label: { vi: 'Đơn vị chủ trì', en: 'Host institution' },
            },
            {
              name: 'coordination',
              type: 'relationship',
              relationTo: 'institutions',
              hasMany: true,
              access: adminOnly,
              label: { vi: 'Đơn vị phối hợp', en: 'Coordinating institutions' },
            },
            {
              name: 'due',
              type: 'text',
              required: true,
              access: adminOnly,
              label: { vi: 'Thời hạn', en: 'Due' },
              admin: {
                description: {
                  vi: 'Ví dụ 2021-Q2, hoặc "regularly" cho nhiệm vụ thường xuyên.',
                  en: 'For example 2021-Q2, or "regularly" for standing tasks.',
                },
              },
            },
            {
              name: 'inScope',
              type: 'checkbox',
              defaultValue: false,
              access: adminOnly,
              label: { vi: 'Thuộc phạm vi hệ thống', en: 'Served by this system' },
              admin: { description: { vi: 'Các nhiệm vụ 5, 6, 7 và 9 do hệ thống này hỗ trợ.', en: 'Tasks 5, 6, 7 and 9 are the ones this system serves.' } },
            },
          ],
        },
        {
          label: { vi: 'Tiến độ', en: 'Progress' },
          fields: [
            {
              name: 'ownerStaff',
              type: 'relationship',
              relationTo: 'users',
              hasMany: true,
              access: { ...internal, update: adminOnlyField },
              label: { vi: 'Cán bộ phụ trách', en: 'Staff in charge' },
            },
            {
              name: 'completedAt',
              type: 'date',
              access: internal,
              label: { vi: 'Ngày hoàn thành', en: 'Completed on' },
              admin: { description: { vi: 'Để trống cho đến khi nhiệm vụ hoàn thành.', en: 'Leave empty until the task is finished.' } },
            },
            {
              name: 'milestones',
              type: 'array',
              access: internal,
              label: { vi: 'Các mốc', en: 'Milestones' },
              labels: { singular: { vi: 'Mốc', en: 'Milestone' }, plural: { vi: 'Các mốc', en: 'Milestones' } },
              fields: [
                { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Mốc', en: 'Milestone' } },
                { name: 'date', type: 'date', required: true, label: { vi: 'Ngày dự kiến', en: 'Planned for' } },
                { name: 'reachedAt', type: 'date', label: { vi: 'Ngày đạt', en: 'Reached on' } },
              ],
            },
            {
              name: 'progressUpdates',
              type: 'array',
              access: internal,
              label: { vi: 'Cập nhật tiến độ', en: 'Progress updates' },
              labels: { singular: { vi: 'Cập nhật tiến độ', en: 'Progress update' }, plural: { vi: 'Cập nhật tiến độ', en: 'Progress updates' } },
              fields: [
                { name: 'date', type: 'date', required: true, label: { vi: 'Ngày', en: 'Date' } },
                { name: 'text', type: 'textarea', required: true, label: { vi: 'Nội dung', en: 'What was done' } },
                {
                  name: 'evidence',
                  type: 'array',
                  label: { vi: 'Minh chứng', en: 'Evidence' },
                  labels: { singular: { vi: 'Minh chứng', en: 'Evidence' }, plural: { vi: 'Minh chứng', en: 'Evidence' } },
                  fields: [
                    { name: 'url', type: 'text', required: true, label: { vi: 'Liên kết', en: 'Link' } },
                    { name: 'label', type: 'text', label: { vi: 'Mô tả', en: 'Label' } },
                  ],
                },
                { name: 'author', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { vi: 'Người cập nhật', en: 'By' } },
              ],
            },
          ],
        },
        { label: { vi: 'Nội dung phục vụ', en: 'Content serving it' }, fields: servedBy },
      ],
    },
    {
      // Computed on every read from the due period, milestones, updates and today; never stored.
      name: 'status',
      type: 'select',
      virtual: true,
      options: TASK_STATUSES.map((value) => ({ value, label: { vi: programmeMessages.vi.status[value], en: programmeMessages.en.status[value] } })),
      access: internal,
      hooks: { afterRead: [computeStatus] },
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
