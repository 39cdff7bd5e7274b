/**
 * Runs inside `npm run bench` with a fresh database: seeds the programme, a known ledger and
 * 100,000 delivered webhooks, then times `GET /api/programme/dashboard` for the whole year
 * beside plain Payload REST reads of the same tasks, measured in the same run.
 */
import { getPayload, handleEndpoints } from 'payload'

import config from '../../payload.config'
import { runMigrations } from '@/db/runMigrations'
import { seedProgramme } from '@/seed/seedProgramme'
import { seedProgrammeLedger } from '../../tests/helpers/programmeLedger'

const DELIVERIES = Number(process.env.BENCH_PROGRAMME_DELIVERIES || 100_000)
const ROUNDS = 20

const payload = await getPayload({ config })
await runMigrations(payload)
await seedProgramme(payload)
const t0 = performance.now()
await seedProgrammeLedger(payload, { bulkDeliveries: DELIVERIES, tag: 'bench' })
const seedSeconds = (performance.now() - t0) / 1000
await payload.db.drizzle.execute('ANALYZE' as never)

async function call(path: string, token?: string): Promise<number> {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const start = performance.now()
  const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request: new Request(`http://bench.local/api${path}`, { headers }) })
  await response.text()
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`)
  return performance.now() - start
}

const password = 'bench-password-123'
await payload.create({ collection: 'users', data: { email: 'leader@bench.local', password, roles: ['reviewer'] }, overrideAccess: true })
const login = await handleEndpoints({
  config,
  path: '/api/users/login',
  request: new Request('http://bench.local/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'leader@bench.local', password }),
  }),
})
const token = ((await login.json()) as { token: string }).token

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!
const time = async (path: string) => {
  await call(path, token)
  const times: number[] = []
  for (let i = 0; i < ROUNDS; i += 1) times.push(await call(path, token))
  return times
}
const baseline = await time('/programme-tasks?limit=20&depth=1')
const dashboard = await time('/programme/dashboard?from=2021-01-01&to=2021-12-31')
const filtered = await time('/programme/dashboard?from=2021-01-01&to=2021-12-31&institution=PRESS')

console.log(`\nProgramme dashboard (${DELIVERIES.toLocaleString('en')} delivered webhooks seeded in ${seedSeconds.toFixed(1)} s; ${ROUNDS} requests each, ms)`)
console.log(
  `  plain Payload REST, GET /api/programme-tasks?limit=20&depth=1 (baseline)   median ${median(baseline).toFixed(1)}   p95 ${p95(baseline).toFixed(1)}`,
)
console.log(
  `  GET /api/programme/dashboard for 2021                                        median ${median(dashboard).toFixed(1)}   p95 ${p95(dashboard).toFixed(1)}   (${(median(dashboard) / median(baseline)).toFixed(2)}× the baseline; budget 500)`,
)
console.log(
  `  GET /api/programme/dashboard for 2021, institution=PRESS                     median ${median(filtered).toFixed(1)}   p95 ${p95(filtered).toFixed(1)}`,
)
if (p95(dashboard) >= 500) console.log('  ! the dashboard is over its 500 ms budget')
await payload.destroy()
process.exit(0)
