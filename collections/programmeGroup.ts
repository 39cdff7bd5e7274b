/** Admin sidebar group for the programme's reference data. */
export const programmeGroup = { vi: 'Chương trình', en: 'Programme' }

import type { Access } from 'payload'

import { hasRole } from '../src/access/roles'

/** Reference data changes only by seeding from the decision, or by an admin correcting it. */
export const adminOnlyWrites: { create: Access; update: Access; delete: Access } = {
  create: ({ req }) => hasRole(req.user, 'admin'),
  update: ({ req }) => hasRole(req.user, 'admin'),
  delete: ({ req }) => hasRole(req.user, 'admin'),
}
