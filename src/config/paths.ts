import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whichever file or process asks. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where local state lives: embedded database, generated secret, development outbox. */
export const dataDir = (): string => path.resolve(projectRoot, process.env.DATA_DIR || '.data')

/** Where uploaded media live when they are kept on local disk (and where `npm run media:migrate` reads them). */
export const localMediaDir = (): string => path.join(dataDir(), 'media')
