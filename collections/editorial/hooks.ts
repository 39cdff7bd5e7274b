import type { CollectionConfig } from 'payload'

import { assignSlug } from './hooks/assignSlug'
import { auditAgencyEmbargoedReads } from './hooks/auditAgencyEmbargoedReads'
import { guardPublishing } from './hooks/guardPublishing'
import { indexForSearch, removeFromSearch } from './hooks/indexForSearch'
import { recordDeliveryChange, recordDeliveryDeletion } from './hooks/recordDeliveryChange'
import { recordSlugHistory } from './hooks/recordSlugHistory'
import { refuseUnconsentedMedia } from './hooks/refuseUnconsentedMedia'
import { requireChangeNoteForMajor } from './hooks/requireChangeNoteForMajor'
import { releaseMediaUsage, trackMediaUsage } from './hooks/trackMediaUsage'

/** The hooks every content type shares, given the field its slug is made from. */
export const editorialHooks = (titleField: string): CollectionConfig['hooks'] => ({
  beforeOperation: [guardPublishing],
  beforeValidate: [assignSlug(titleField), requireChangeNoteForMajor],
  beforeChange: [refuseUnconsentedMedia],
  afterChange: [trackMediaUsage, recordDeliveryChange, recordSlugHistory, indexForSearch],
  afterDelete: [releaseMediaUsage, recordDeliveryDeletion, removeFromSearch],
  afterRead: [auditAgencyEmbargoedReads],
})
