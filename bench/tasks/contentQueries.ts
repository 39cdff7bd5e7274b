/**
 * Runs inside `npm run bench` with a fresh database: counts the SQL queries of anonymous
 * article lists as the limit grows, and times the `publish` workflow action beside a plain
 * Payload REST draft save measured in the same run.
 */
import pg from 'pg'
import { getPayload, handleEndpoints } from 'payload'
import sharp from 'sharp'

import config from '../../payload.config'
import { runMigrations } from '@/db/runMigrations'
import { seedTaxonomies } from '@/seed/seedTaxonomies'

let queries = 0
const originalQuery = pg.Client.prototype.query
pg.Client.prototype.query = function countingQuery(this: pg.Client, ...args: unknown[]) {
  queries += 1
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args)
} as typeof pg.Client.prototype.query

const payload = await getPayload({ config })
await runMigrations(payload)
await seedTaxonomies(payload)

async function call(method: string, path: string, token?: string, body?: unknown) {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://bench.local/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request })
  const json = (await response.json()) as Record<string, any>
  if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const password = 'bench-password-123'
await payload.create({ collection: 'users', data: { email: 'editor@bench.local', password, roles: ['editor'] }, overrideAccess: true })
await payload.create({ collection: 'users', data: { email: 'reviewer@bench.local', password, roles: ['reviewer'] }, overrideAccess: true })
const editorToken = (await call('POST', '/users/login', undefined, { email: 'editor@bench.local', password })).token as string
const reviewerToken = (await call('POST', '/users/login', undefined, { email: 'reviewer@bench.local', password })).token as string

const topics = (await payload.find({ collection: 'topics', limit: 3 })).docs.map((topic) => topic.id)
const audiences = (await payload.find({ collection: 'audiences', limit: 2 })).docs.map((audience) => audience.id)
const image = await payload.create({
  collection: 'media',
  data: { alt: 'Ảnh', credit: 'Bench' },
  file: {
    data: await sharp({ create: { width: 64, height: 64, channels: 3, background: '#345' } })
      .png()
      .toBuffer(),
    mimetype: 'image/png',
    name: 'bench.png',
    size: 1,
  },
})
const campaign = await payload.create({ collection: 'campaigns', data: { title: 'Chiến dịch đo hiệu năng' } as never, overrideAccess: true })

const publishTimes: number[] = []
const draftSaveTimes: number[] = []
for (let i = 0; i < 110; i += 1) {
  const article = await call('POST', '/articles', editorToken, { headline: `Bài đo ${i}`, campaign: campaign.id, topics, audiences, images: [image.id] })
  const id = article.doc.id
  let t0 = performance.now()
  await call('PATCH', `/articles/${id}?draft=true`, editorToken, { standfirst: `Sapo ${i}` })
  draftSaveTimes.push(performance.now() - t0)
  await call('POST', `/workflow/articles/${id}`, editorToken, { action: 'submit' })
  await call('POST', `/workflow/articles/${id}`, reviewerToken, { action: 'approve' })
  t0 = performance.now()
  await call('POST', `/workflow/articles/${id}`, reviewerToken, { action: 'publish' })
  publishTimes.push(performance.now() - t0)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
console.log('\nSQL queries for an anonymous article list (110 published articles, each with 3 topics, 2 audiences, 1 image)')
for (const limit of [10, 100]) {
  await call('GET', `/articles?limit=${limit}&depth=1`)
  queries = 0
  const result = await call('GET', `/articles?limit=${limit}&depth=1`)
  console.log(`  GET /api/articles?limit=${String(limit).padEnd(3)}&depth=1   ${String(queries).padStart(3)} queries   (${result.docs.length} docs)`)
}
console.log(`\nMedian over ${publishTimes.length} items (ms)`)
console.log(`  plain Payload REST draft save (PATCH ?draft=true), baseline   ${median(draftSaveTimes).toFixed(1)}`)
console.log(
  `  workflow publish (POST /api/workflow/articles/{id})            ${median(publishTimes).toFixed(1)}   (${(median(publishTimes) / median(draftSaveTimes)).toFixed(2)}× the draft save)`,
)
await payload.destroy()
process.exit(0)
