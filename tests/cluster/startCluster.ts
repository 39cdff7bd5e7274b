import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'

import { projectRoot } from '@/config/paths'
import { findFreePort } from '@/db/freePort'
import { isBuildCurrent } from '@/runtime/buildStamp'
import { waitForExit } from '@/runtime/spawnNext'
import { startS3Store, type S3Store } from '../helpers/s3Store'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { startWorkerProcess, type WorkerProcess } from '../helpers/workerProcess'
import { processEnv, startAppInstance, type AppInstance } from './appInstance'
import { startLoadBalancer, type LoadBalancer } from './loadBalancer'
import { startPostgresPair, type PostgresPair } from './postgresPair'
import { track } from './trackedProcesses'

export const LOG_DIR = path.join(projectRoot, 'tests', 'cluster', 'artifacts')

export type InstanceName = 'a' | 'b'

export type Cluster = {
  postgres: PostgresPair
  databaseUrl: string
  replicaUrl: string
  /** This process's own Payload on the primary, for seeding and for reading what the cluster wrote. */
  payload: Payload
  /** The bucket every instance and worker keeps media in. */
  store: S3Store
  /** DATA_DIR of every instance and worker. */
  dataDir: string
  sink: SmtpSink
  receiver: WebhookReceiver
  balancer: LoadBalancer
  instances: Record<InstanceName, AppInstance>
  workers: WorkerProcess[]
  /** The environment every app instance and worker gets: one place to add a part (a bucket's S3_* variables). */
  appEnv: () => Record<string, string>
  startInstance: (name: InstanceName) => Promise<AppInstance>
  startWorker: () => Promise<WorkerProcess>
  stop: () => Promise<void>
}

const DATABASE = 'newsroom'

async function createDatabase(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(`CREATE DATABASE ${DATABASE}`)
  await client.end()
}

/** `npm run build` against the cluster's database, unless the last build is still current. */
async function ensureBuild(env: Record<string, string>): Promise<void> {
  if (isBuildCurrent()) return
  const log = fs.openSync(path.join(LOG_DIR, 'build.log'), 'w')
  const child = track(spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: projectRoot, env: processEnv(env), stdio: ['ignore', log, log] }))
  const code = await waitForExit(child)
  fs.closeSync(log)
  if (code !== 0) throw new Error(`next build failed with exit code ${code}; see ${LOG_DIR}/build.log`)
}

/**
 * Real parts on this machine: a PostgreSQL primary with one streaming replica, an
 * S3-compatible store (s3rver) for media, a loopback SMTP sink and webhook receiver, two app instances (JOBS_AUTORUN=false, reads on the
 * replica) behind haproxy, and one worker. Builds once when the build is stale.
 */
export async function startCluster(): Promise<Cluster> {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cluster-'))
  const postgres = await startPostgresPair(root, LOG_DIR)
  await createDatabase(postgres.primary.url('postgres'))
  const databaseUrl = postgres.primary.url(DATABASE)
  const replicaUrl = postgres.replica.url(DATABASE)
  const dataDir = path.join(root, 'data')
  fs.mkdirSync(dataDir)
  const [store, sink, receiver, balancerPort] = await Promise.all([startS3Store(), startSmtpSink(), startWebhookReceiver(), findFreePort()])
  const siteUrl = `http://127.0.0.1:${balancerPort}`
  const secret = randomBytes(24).toString('hex')

  const appEnv = (): Record<string, string> => ({
    DATABASE_URL: databaseUrl,
    DATABASE_REPLICA_URLS: replicaUrl,
    PAYLOAD_SECRET: secret,
    SITE_URL: siteUrl,
    // Media go to the bucket; the test checks that nothing lands under DATA_DIR/media.
    DATA_DIR: dataDir,
    ...store.env,
    SMTP_URL: `smtp://relay:relay-pass@127.0.0.1:${sink.port}`,
    JOBS_AUTORUN: 'false',
    TRUST_PROXY: 'loopback',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    LOG_LEVEL: 'warn',
  })

  // This process reads and writes the primary only; its config is loaded after these are set.
  Object.assign(process.env, { ...appEnv(), DATABASE_REPLICA_URLS: '', LOG_LEVEL: 'fatal' })
  const { getTestPayload } = await import('../helpers/testPayload')
  const [payload] = await Promise.all([getTestPayload(), ensureBuild(appEnv())])

  const startInstance = (name: InstanceName) => startAppInstance(name, appEnv(), LOG_DIR)
  const [a, b] = await Promise.all([startInstance('a'), startInstance('b')])
  const instances: Record<InstanceName, AppInstance> = { a, b }
  const balancer = await startLoadBalancer(
    balancerPort,
    [a, b].map((instance) => ({ name: instance.name, port: instance.port })),
    root,
    LOG_DIR,
  )
  const workers: WorkerProcess[] = []
  const startWorker = async () => {
    const worker = await startWorkerProcess({ ...appEnv(), LOG_LEVEL: 'info' })
    track(worker.child, 'SIGTERM')
    workers.push(worker)
    return worker
  }
  await startWorker()

  return {
    postgres,
    databaseUrl,
    replicaUrl,
    payload,
    store,
    dataDir,
    sink,
    receiver,
    balancer,
    instances,
    workers,
    appEnv,
    // Back on its old port, where the load balancer's health check finds it again.
    startInstance: async (name) => {
      instances[name] = await startAppInstance(name, appEnv(), LOG_DIR, instances[name].port)
      return instances[name]
    },
    startWorker,
    stop: async () => {
      await Promise.all(workers.map((worker) => worker.stop(30_000)))
      workers.forEach((worker, index) => fs.writeFileSync(path.join(LOG_DIR, `worker-${index + 1}.log`), worker.output()))
      await balancer.stop()
      await Promise.all(Object.values(instances).map((instance) => instance.stop()))
      await payload.destroy()
      await Promise.all([sink.close(), receiver.close(), store.stop()])
      await postgres.stop()
      fs.rmSync(root, { recursive: true, force: true })
    },
  }
}
