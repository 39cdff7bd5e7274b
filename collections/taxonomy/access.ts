import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Taxonomies are public; editors may add terms, admins may remove them. */
export const taxonomyAccess: { read: Access; create: Access; update: Access; delete: Access } = {
  read: () => true,
  create: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  update: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  delete: ({ req }) => hasRole(req.user, 'admin'),
}
