import type { CollectionConfig } from 'payload'

import { assignSlug } from './hooks/assignSlug'
import { guardPublishing } from './hooks/guardPublishing'
import { requireChangeNoteForMajor } from './hooks/requireChangeNoteForMajor'

/** The hooks every content type shares, given the field its slug is made from. */
export const editorialHooks = (titleField: string): CollectionConfig['hooks'] => ({
  beforeOperation: [guardPublishing],
  beforeValidate: [assignSlug(titleField), requireChangeNoteForMajor],
})
