import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Press officers and admins run agencies, their keys and their webhooks. */
export const isPressOffice: Access = ({ req }) => hasRole(req.user, 'admin', 'press-officer')

export const isPressOfficeField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'press-officer')

/** Nobody writes through the API: only the system does, from hooks and jobs. */
export const nobody: Access = () => false
