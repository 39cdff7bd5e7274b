import pg from 'pg'

import { WORK_CHANNEL, WORK_KINDS, type WorkKind } from '@/db/workSignal'

const RECONNECT_MS = 1_000

export type WorkListener = { stop: () => Promise<void> }

type Options = {
  connectionString: string
  /** Called with each kind of work a committed transaction announced, and with every kind after each (re)connection. */
  onWork: (kind: WorkKind) => void
  log: (line: string) => void
}

const isWorkKind = (value: string | undefined): value is WorkKind => WORK_KINDS.includes(value as WorkKind)

/**
 * LISTENs for work on a connection of its own (a pooled one would be handed to someone
 * else). A lost connection is made again after a second; since notifications sent while
 * it was down are gone, every kind of work is asked for once it listens again, and the
 * jobs queue's schedule catches anything else.
 */
export function listenForWork({ connectionString, onWork, log }: Options): WorkListener {
  let client: pg.Client | null = null
  let stopped = false
  let retry: NodeJS.Timeout | null = null

  const reconnectLater = () => {
    if (stopped || retry) return
    retry = setTimeout(() => {
      retry = null
      void connect()
    }, RECONNECT_MS)
  }

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: 'newsroom-worker-listen' })
    let lost = false
    const onLost = (error?: Error) => {
      if (lost) return
      lost = true
      if (client === next) client = null
      if (!stopped) log(`worker: the LISTEN connection was lost${error ? ` (${error.message})` : ''}; connecting again.`)
      next.end().catch(() => undefined)
      reconnectLater()
    }
    next.on('error', onLost)
    next.on('end', () => onLost())
    next.on('notification', (message) => {
      if (isWorkKind(message.payload)) onWork(message.payload)
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${WORK_CHANNEL}`)
    } catch (error) {
      onLost(error as Error)
      return
    }
    if (stopped) {
      await next.end().catch(() => undefined)
      return
    }
    client = next
    for (const kind of WORK_KINDS) onWork(kind)
  }

  void connect()
  return {
    stop: async () => {
      stopped = true
      if (retry) clearTimeout(retry)
      await client?.end().catch(() => undefined)
      client = null
    },
  }
}
