/** Staff roles. A person may hold several. */
export const ROLES = ['admin', 'editor', 'reviewer', 'press-officer'] as const
export type Role = (typeof ROLES)[number]

/** Each role's name in both languages, for the role picker and the audit log. */
export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị viên', en: 'Admin' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
  'press-officer': { vi: 'Cán bộ báo chí', en: 'Press officer' },
}

type MaybeStaff = { roles?: readonly string[] | null; collection?: string } | null | undefined

/** True when the signed-in staff member holds any of the given roles. */
export function hasRole(user: MaybeStaff, ...roles: Role[]): boolean {
  if (!user || (user.collection && user.collection !== 'users')) return false
  return (user.roles ?? []).some((role) => (roles as readonly string[]).includes(role))
}

/** True for any signed-in member of staff with at least one role. */
export function isStaffMember(user: MaybeStaff): boolean {
  return hasRole(user, ...ROLES)
}
