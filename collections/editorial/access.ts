import type { Access } from 'payload'

import { readContent, staffOnly } from '@/access/publicContent'
import { hasRole } from '@/access/roles'
import type { ContentType } from '@/content/contentTypes'

/**
 * Content access, the same for every content type: staff read everything, others only
 * what is public right now; editors and reviewers write (reviewers through the workflow);
 * press officers only read; admins do everything.
 */
export const editorialAccess = (type: ContentType): { read: Access; readVersions: Access; create: Access; update: Access; delete: Access } => ({
  read: readContent(type),
  readVersions: staffOnly,
  create: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
  delete: ({ req }) => hasRole(req.user, 'admin'),
})

/** Payload drafts and versions, at most 50 kept per document. */
export const editorialVersions = { drafts: true, maxPerDoc: 50 } as const

/** Admin components shared by every content type: the workflow replaces Publish. */
export const editorialAdminComponents = {
  edit: { PublishButton: '/src/admin/workflow/NoPublishButton#NoPublishButton', Status: '/src/admin/workflow/WorkflowStatus#WorkflowStatus' },
  beforeList: ['/src/admin/workflow/AwaitingMyReview#AwaitingMyReview'],
}
