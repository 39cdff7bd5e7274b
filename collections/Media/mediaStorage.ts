import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { staffOnlyField } from '@/access/mediaAccess'
import type { S3Settings } from '@/config/s3Storage'
import { s3ClientConfig } from '@/platform/storage/s3Client'

// Columns the storage plugin adds. The newsroom keys every object by its file name alone,
// which the bundles, the OpenGraph card and `npm run media:migrate` rely on: nobody may set a
// prefix (an editor's choice would move files where those readers do not look).
const STORAGE_FIELDS = new Set(['prefix', '_objectKey'])
const nobody = () => false

function lockStorageFields(collection: CollectionConfig): CollectionConfig {
  const fields = collection.fields.map((field): Field => {
    if (!('name' in field) || !STORAGE_FIELDS.has(field.name)) return field
    return { ...field, access: { read: staffOnlyField, create: nobody, update: nobody } } as Field
  })
  return { ...collection, fields }
}

/**
 * Media in S3-compatible storage through `@payloadcms/storage-s3` when S3 is configured;
 * on local disk otherwise. Without S3 the plugin still adds its columns (`alwaysInsertFields`),
 * so the schema, and the migrations, are the same either way.
 *
 * Files are still served by /api/media/file/…, after the media rule, by collections/Media's
 * own handler: `disablePayloadAccessControl` stays off and no ACL is set, so objects keep the
 * bucket's default (private) and a file's URL is never the bucket's.
 */
export function mediaStorage(settings: S3Settings | null): Plugin {
  const plugin = s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? 'media',
    // Clients are cached per key for the process: one per store, never one per bucket name.
    clientCacheKey: settings ? `media:${settings.endpoint ?? 'aws'}:${settings.region}:${settings.bucket}` : undefined,
    config: settings ? s3ClientConfig(settings) : {},
    // An empty prefix, not none: with S3 on, the plugin adds its `prefix` column only when a
    // prefix is given, and the schema must not depend on the configuration.
    collections: { media: { prefix: '' } },
  })
  return async (incoming: Config): Promise<Config> => {
    const upload = incoming.collections?.find((collection) => collection.slug === 'media')?.upload
    const ownHandlers = typeof upload === 'object' ? upload.handlers : undefined
    const config = await plugin(incoming)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (collection.slug !== 'media') return collection
        const locked = lockStorageFields(collection)
        // The plugin appends the adapter's own file handler, which cannot set the media rule's
        // Cache-Control; collections/Media/serveMediaFile.ts reads the bucket itself.
        return typeof locked.upload === 'object' ? { ...locked, upload: { ...locked.upload, handlers: ownHandlers } } : locked
      }),
    }
  }
}
