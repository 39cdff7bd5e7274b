import type { Access } from 'payload'

import { isStaffMember } from './roles'

/** Any signed-in member of staff, whatever their role. */
export const isStaff: Access = ({ req }) => isStaffMember(req.user)

/** Admin-panel entry: staff only, so journalists and agencies never get in. */
export const canUseAdmin = ({ req }: { req: { user?: unknown } }): boolean => isStaffMember(req.user as Parameters<typeof isStaffMember>[0])
