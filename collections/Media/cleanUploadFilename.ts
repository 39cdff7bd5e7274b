import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { mediaMessages } from '@/i18n/messages/media'
import { safeUploadName, sniffType } from '@/platform/http/safeUploadName'

/**
 * Cleans an upload's file name before Payload stores it: control characters and NUL (which
 * PostgreSQL refuses as a 500), path parts and backslashes go, and an extension that does not
 * match the type the bytes show is corrected (`photo.pdf` holding a PNG becomes `photo.png`).
 */
export const cleanUploadFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const words = messagesIn(mediaMessages, langOfPayloadRequest(req))
  const file = req.file
  if (file?.name !== undefined) {
    const name = safeUploadName(file.name, file.data ? sniffType(file.data, file.mimetype) : null)
    if (!name) throw new APIError(words.emptyFileName, 400, { code: 'invalid_filename', field: 'file' }, true)
    file.name = name
  }
  const data = (args as { data?: Record<string, unknown> }).data
  if (data && typeof data === 'object' && typeof data.filename === 'string') {
    const name = safeUploadName(data.filename, null)
    if (!name) throw new APIError(words.emptyFilenameField, 400, { code: 'invalid_filename', field: 'filename' }, true)
    data.filename = name
  }
  return args
}
