import type { CollectionConfig } from 'payload'

import { taxonomyAccess } from '../taxonomy/access'
import { taxonomyFields } from '../taxonomy/taxonomyFields'

export const Audiences: CollectionConfig = {
  slug: 'audiences',
  labels: { singular: { vi: 'Đối tượng', en: 'Audience' }, plural: { vi: 'Đối tượng', en: 'Audiences' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { vi: 'Phân loại', en: 'Taxonomies' } },
  access: taxonomyAccess,
  fields: taxonomyFields,
}
