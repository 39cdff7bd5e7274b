import type { Readable } from 'node:stream'

import { ZipArchive } from 'archiver'

/** Text made for the bundle, or a stored media file by its name in the store (null: the record names none). */
export type BundleEntry = { name: string; text: string } | { name: string; file: string | null; label?: string }

type Log = { warn: (entry: Record<string, unknown>) => void; error: (entry: Record<string, unknown>) => void }

type BuildOptions = {
  /** In the order they go into the ZIP; names are already unique. */
  entries: BundleEntry[]
  /** The request answered: when its signal aborts (the client went away), reading stops and open files are closed. */
  request: Request
  log: Log
  /** Opens a stored file (the media store's `open`): null when it is not there. */
  open: (file: string) => Promise<Readable | null>
}

export const MISSING_ENTRY = 'missing.txt'

/** Opens a file for reading, or says why it cannot be opened (not recorded, gone, unreadable, the store unreachable). */
async function openFile(open: BuildOptions['open'], file: string | null): Promise<{ stream: Readable } | { reason: string }> {
  if (!file) return { reason: 'no file recorded' }
  try {
    const stream = await open(file)
    return stream ? { stream } : { reason: 'not in the media store' }
  } catch (error) {
    return { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).name ?? String(error) }
  }
}

/** Resolves when the archive has written the entry, or has been torn down. */
function written(archive: ZipArchive, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      archive.off('entry', onEntry).off('error', reject).off('close', done)
      resolve()
    }
    const onEntry = (entry: { name: string }) => entry.name === name && done()
    archive.on('entry', onEntry).once('error', reject).once('close', done)
  })
}

function missingList(missing: Array<{ name: string; label?: string }>): string {
  const lines = missing.map(({ name, label }) => (label ? `${name} (${label})` : name))
  return `Các tệp sau không đọc được trên máy chủ nên không có trong gói.\nThese files could not be read on the server and are not in this bundle.\n\n${lines.join('\n')}\n`
}

/**
 * The archive as a web stream that pulls: the next chunk is made only when the client
 * takes one. Not Readable.toWeb: on Node 20 it may still enqueue a chunk after the client
 * cancelled, an uncaught exception in the server process (seen in tests/int/bundle.int.spec.ts).
 */
function pullStream(archive: ZipArchive, cancel: () => void): ReadableStream<Uint8Array> {
  const chunks = archive[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      // A copy: a Buffer may be a view into a pool shared with unrelated data.
      if (next.done) controller.close()
      else controller.enqueue(new Uint8Array(next.value))
    },
    cancel,
  })
}

/**
 * A ZIP streamed as it is written: files are read from the media store one at a time, in chunks, and
 * the archive waits while the client is slow, so memory stays flat whatever the pack's
 * size. A file that cannot be opened is skipped and listed in `missing.txt`; the rest of
 * the pack still downloads. Nothing is retried: a read error midway fails the download.
 */
export function buildBundle({ entries, request, log, open }: BuildOptions): ReadableStream<Uint8Array> {
  // Documents and photos are compressed already: the fastest level saves CPU, not bytes.
  // A small buffer bounds what each download holds while its client is slow.
  const archive = new ZipArchive({ zlib: { level: 1 }, highWaterMark: 256 * 1024 })
  let reading: Readable | null = null
  let stopped = false
  // Held until the ZIP stops: undici no longer forwards the client's abort to request.signal
  // once the Request object is garbage-collected, which may be as soon as the handler returns.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the reference itself is what keeps the Request alive
  let held: Request | null = request
  const { signal } = request

  // Destroyed with an error, not archive.abort() (which ends the stream as if complete): a
  // cut-off ZIP must fail visibly, not arrive truncated. The open file is closed with it.
  const stop = () => {
    if (stopped) return
    stopped = true
    held = null
    reading?.destroy()
    if (!archive.destroyed) archive.destroy(new Error('The bundle was stopped before it was complete'))
  }
  signal.addEventListener('abort', stop, { once: true })
  archive.once('close', () => {
    signal.removeEventListener('abort', stop)
    stop()
  })
  archive.on('error', (error) => {
    if (!stopped) log.error({ err: error, msg: 'bundle: the ZIP stream failed' })
    stop()
  })

  async function produce() {
    const missing: Array<{ name: string; label?: string }> = []
    for (const entry of entries) {
      if (stopped) return
      if ('text' in entry) {
        archive.append(entry.text, { name: entry.name })
        continue
      }
      const opened = await openFile(open, entry.file)
      if (stopped) {
        if ('stream' in opened) opened.stream.destroy()
        return
      }
      if ('reason' in opened) {
        log.warn({ msg: `bundle: ${entry.name} skipped, its file cannot be read (${opened.reason})`, file: entry.file })
        missing.push({ name: entry.name, label: entry.label })
        continue
      }
      reading = opened.stream
      archive.append(opened.stream, { name: entry.name })
      await written(archive, entry.name)
      reading = null
    }
    if (stopped) return
    if (missing.length > 0) archive.append(missingList(missing), { name: MISSING_ENTRY })
    await archive.finalize()
  }

  if (signal.aborted) stop()
  else
    produce().catch((error) => {
      if (!stopped) log.error({ err: error, msg: 'bundle: building the ZIP failed' })
      stop()
    })
  return pullStream(archive, stop)
}
