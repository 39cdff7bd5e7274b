import type { CollectionConfig } from 'payload'

import { taxonomyAccess } from '../taxonomy/access'
import { taxonomyFields } from '../taxonomy/taxonomyFields'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { vi: 'Chủ đề', en: 'Topic' }, plural: { vi: 'Chủ đề', en: 'Topics' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { vi: 'Phân loại', en: 'Taxonomies' } },
  access: taxonomyAccess,
  fields: taxonomyFields,
}
