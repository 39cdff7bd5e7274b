import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialAdminComponents, editorialVersions } from '../editorial/access'
import { editorialFields, slugField } from '../editorial/fields'
import { editorialLivePreview, previewLinksField } from '../editorial/livePreview'
import { editorialHooks } from '../editorial/hooks'

const KINDS = [
  { value: 'news', label: { vi: 'Tin tức', en: 'News' } },
  { value: 'explainer', label: { vi: 'Giải thích', en: 'Explainer' } },
  { value: 'tips', label: { vi: 'Mẹo', en: 'Tips' } },
  { value: 'interview', label: { vi: 'Phỏng vấn', en: 'Interview' } },
  { value: 'statement', label: { vi: 'Tuyên bố', en: 'Statement' } },
]

/** Campaign content that press agencies syndicate. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { vi: 'Bài viết', en: 'Article' }, plural: { vi: 'Bài viết', en: 'Articles' } },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'campaign', 'kind', 'stage', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    components: editorialAdminComponents,
    livePreview: editorialLivePreview('articles'),
  },
  access: editorialAccess('article'),
  versions: editorialVersions,
  hooks: editorialHooks('headline'),
  fields: [
    { name: 'headline', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Headline' } },
    slugField,
    { name: 'standfirst', type: 'textarea', localized: true, label: { vi: 'Sapo', en: 'Standfirst' } },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, index: true, label: { vi: 'Chiến dịch', en: 'Campaign' } },
    { name: 'kind', type: 'select', required: true, defaultValue: 'news', options: KINDS, label: { vi: 'Thể loại', en: 'Kind' } },
    { name: 'audiences', type: 'relationship', relationTo: 'audiences', hasMany: true, label: { vi: 'Đối tượng', en: 'Audiences' } },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: { vi: 'Chủ đề', en: 'Topics' } },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Hình ảnh', en: 'Images' } },
    { name: 'byline', type: 'text', localized: true, label: { vi: 'Tác giả', en: 'Byline' } },
    {
      name: 'urgency',
      type: 'number',
      required: true,
      defaultValue: 5,
      min: 1,
      max: 9,
      label: { vi: 'Mức khẩn (1 khẩn nhất – 9)', en: 'Urgency (1 most urgent – 9)' },
    },
    ...editorialFields,
    previewLinksField,
  ],
}
