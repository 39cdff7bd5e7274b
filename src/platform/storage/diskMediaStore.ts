import fs from 'node:fs'
import fsPromises from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'

import { isStoredFileName, type ByteRange, type MediaStore } from './mediaStore'

/** Resolves once the file is open, so that a missing file is known before anything is sent. */
function opened(stream: fs.ReadStream): Promise<Readable | null> {
  return new Promise((resolve, reject) => {
    stream.once('ready', () => resolve(stream))
    stream.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(null) : reject(error)))
  })
}

/** Media in a folder on local disk: the default, for one machine. */
export function diskMediaStore(directory: string): MediaStore {
  const folder = path.resolve(directory)
  const pathOf = (filename: string) => (isStoredFileName(filename) ? path.join(folder, filename) : null)
  return {
    kind: 'disk',
    async sizeOf(filename) {
      const file = pathOf(filename)
      const stats = file ? await fsPromises.stat(file).catch(() => null) : null
      return stats?.isFile() ? stats.size : null
    },
    async open(filename: string, range?: ByteRange) {
      const file = pathOf(filename)
      return file ? opened(fs.createReadStream(file, range ?? {})) : null
    },
  }
}
