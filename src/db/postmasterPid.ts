import fs from 'node:fs'
import path from 'node:path'

export type PostmasterLock = { pid: number; dataDir: string; port: number }

/** Reads `postmaster.pid`: line 1 is the pid, line 2 the data directory, line 4 the port. */
export function readPostmasterLock(dataDir: string): PostmasterLock | null {
  const file = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(file)) return null
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  return { pid: Number(lines[0]), dataDir: lines[1] ?? '', port: Number(lines[3]) }
}

/** Whether a live process with this pid is a PostgreSQL server, read from /proc. */
export function isLivePostgres(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return /(^|\/)postgres\0/.test(cmdline) || cmdline.startsWith('postgres')
  } catch {
    // Without /proc we cannot tell; a live pid is treated as a running server.
    return true
  }
}

/**
 * A crash (power loss, SIGKILL) leaves `postmaster.pid` behind. PostgreSQL refuses to
 * start when the pid in it now belongs to some other live process, so a lock whose owner
 * is not a PostgreSQL server is removed here.
 */
export function removeStaleLock(dataDir: string): boolean {
  const lock = readPostmasterLock(dataDir)
  if (!lock || isLivePostgres(lock.pid)) return false
  fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true })
  return true
}
