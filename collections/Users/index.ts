import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { canUseAdmin, isStaff } from '@/access/isStaff'
import { ROLE_LABELS, ROLES } from '@/access/roles'
import { siteUrl } from '@/config/siteUrl'
import { auditLockouts } from './hooks/auditLockouts'
import { auditRoleChanges } from './hooks/auditRoleChanges'
import { guardRoleChanges } from './hooks/guardRoleChanges'
import { passwordResetHtml, passwordResetSubject } from './emails/passwordResetEmail'
import { keepOneAdmin } from './hooks/keepOneAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Nhân sự', en: 'Staff member' }, plural: { vi: 'Nhân sự', en: 'Staff' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: { vi: 'Quản trị', en: 'Administration' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Secure cookies wherever the site is served over https, which every production site is.
    cookies: { secure: siteUrl().startsWith('https:'), sameSite: 'Lax' },
    forgotPassword: { generateEmailHTML: passwordResetHtml, generateEmailSubject: passwordResetSubject },
  },
  access: {
    admin: canUseAdmin,
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Lifting a lockout undoes the brute-force guard: admins only, never any signed-in key.
    unlock: isAdmin,
  },
  hooks: { beforeDelete: [keepOneAdmin], afterChange: [auditRoleChanges], afterError: [auditLockouts] },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['editor'],
      label: { vi: 'Vai trò', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: { create: isAdminField, update: isAdminField },
      hooks: { beforeValidate: [guardRoleChanges] },
      admin: { description: { vi: 'Chỉ quản trị viên được thay đổi vai trò.', en: 'Only an admin may change roles.' } },
    },
    {
      // Which programme department this person works in: the year-end report's reminders go
      // to the reporting department's staff, and they keep its report.
      name: 'institution',
      type: 'relationship',
      relationTo: 'institutions',
      saveToJWT: true,
      label: { vi: 'Đơn vị công tác', en: 'Department' },
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      // The language of the mail the newsroom sends this person (workflow notices, report
      // reminders); the admin's own screens follow the language they choose there.
      // Not `language`: the account page's own language setting already answers to that id.
      name: 'mailLanguage',
      type: 'select',
      defaultValue: 'vi',
      label: { vi: 'Ngôn ngữ thư', en: 'Mail language' },
      options: [
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
