import type { Payload } from 'payload'

import { LANGS, type Lang } from '@/i18n/lang'
import { identityFrom, loadSiteIdentity, type SiteIdentity, type StoredSettings } from './loadSiteIdentity'

/**
 * The ministry's identity for what is written outside a page render: mail, feeds, the ninjs
 * credit line, the sender's name. Those are composed by pure functions deep in jobs, so they
 * read the identity this process last loaded instead of each taking a database read. Every
 * process loads it at start and every minute; the instance where an admin saves Site
 * identity takes the new values at once.
 */
const REFRESH_MS = 60_000

const KEY = Symbol.for('campaign-newsroom.identity-now')
type Holder = { current?: Record<Lang, SiteIdentity>; payload?: Payload; timer?: NodeJS.Timeout }
const holder = (): Holder => {
  const global = globalThis as unknown as Record<symbol, Holder | undefined>
  return (global[KEY] ??= {})
}

/** The identity in one language: as last loaded, or the newsroom's own words before any load. */
export function identityNow(lang: Lang): SiteIdentity {
  return holder().current?.[lang] ?? identityFrom({}, lang)
}

/** One language's side of values read with `locale: 'all'`, where each localized value is `{ vi, en }`, at any depth. */
function inLang(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((item) => inLang(item, lang))
  if (!value || typeof value !== 'object') return value
  const keys = Object.keys(value)
  if (keys.length > 0 && keys.every((key) => (LANGS as readonly string[]).includes(key))) return (value as Record<string, unknown>)[lang]
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inLang(inner, lang)]))
}

/**
 * Takes the identity from a save's values in every language (`locale: 'all'`), without a
 * read. It is a cache: values it cannot read leave the last ones in place.
 */
export function takeIdentity(all: Record<string, unknown>): void {
  try {
    holder().current = Object.fromEntries(LANGS.map((lang) => [lang, identityFrom(inLang(all, lang) as StoredSettings, lang)])) as Record<Lang, SiteIdentity>
  } catch {
    // The next minute's read takes the saved values instead.
  }
}

async function refresh(payload: Payload): Promise<void> {
  const loaded = await Promise.all(LANGS.map(async (lang) => [lang, await loadSiteIdentity(payload, lang)] as const))
  holder().current = Object.fromEntries(loaded) as Record<Lang, SiteIdentity>
}

/**
 * Loads the identity now and every minute after, for as long as the process runs. A process
 * that starts Payload again (a test file, a script) hands the timer its newest instance.
 */
export async function keepIdentityFresh(payload: Payload): Promise<void> {
  const state = holder()
  state.payload = payload
  state.current = undefined
  await refresh(payload).catch(() => undefined)
  state.timer ??= setInterval(() => void (state.payload ? refresh(state.payload).catch(() => undefined) : undefined), REFRESH_MS)
  state.timer.unref()
}
