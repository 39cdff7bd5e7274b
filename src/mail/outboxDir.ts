import path from 'node:path'

import { dataDir } from '@/config/paths'

export const outboxDir = (): string => path.join(dataDir(), 'outbox')
