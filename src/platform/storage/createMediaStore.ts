import type { S3Settings } from '@/config/s3Storage'
import { bucketMediaStore } from './bucketMediaStore'
import { diskMediaStore } from './diskMediaStore'
import type { MediaStore } from './mediaStore'

/** The bucket when S3 is configured, else the local folder. */
export const createMediaStore = (s3: S3Settings | null, localDirectory: string): MediaStore => (s3 ? bucketMediaStore(s3) : diskMediaStore(localDirectory))
