import { errorResponse } from '@/delivery/api/errors'
import { AppError } from '@/platform/errors/appError'

export const dynamic = 'force-dynamic'

const DEFAULT_BYTES = 2048
const MAX_BYTES = 1_000_000
const ENVELOPE = '{"padding":""}'

/** One body per size, so a load test measures Next.js and not string building; a few sizes at most. */
const bodies = new Map<number, string>()
const MAX_SIZES = 8

function bodyOf(bytes: number): string {
  let body = bodies.get(bytes)
  if (!body) {
    if (bodies.size >= MAX_SIZES) bodies.clear()
    body = `{"padding":"${'x'.repeat(bytes - ENVELOPE.length)}"}`
    bodies.set(bytes, body)
  }
  return body
}

/**
 * GET /api/v1/baseline?bytes=N: the bench's "bare Next.js route" (bench/tasks/apiLoad.ts).
 * It answers a fixed JSON body of exactly N bytes (ASCII) without touching Payload or the
 * database, so the delivery API's throughput can be read as a ratio against what Next.js
 * itself manages on the same machine in the same run. Off (404) unless BENCH_BASELINE=true,
 * so a production deployment exposes nothing extra.
 */
export function GET(request: Request): Response {
  if (process.env.BENCH_BASELINE !== 'true') return errorResponse(new AppError('not_found', 'No such endpoint.'))
  const raw = new URL(request.url).searchParams.get('bytes')
  const bytes = raw === null ? DEFAULT_BYTES : Number(raw)
  if (!Number.isInteger(bytes) || bytes < ENVELOPE.length || bytes > MAX_BYTES) {
    return errorResponse(new AppError('invalid_parameter', `bytes must be a whole number from ${ENVELOPE.length} to ${MAX_BYTES}.`, { field: 'bytes' }))
  }
  return new Response(bodyOf(bytes), { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } })
}
