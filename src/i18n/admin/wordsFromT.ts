import type { SameShape } from '../defineMessages'
import { ADMIN_NAMESPACES, type AdminNamespace } from './payloadTranslations'

/** Payload's translate function, as its i18n gives it to components (client and server). */
export type TranslateFunction = (key: string, vars?: Record<string, unknown>) => string

export type WordsOf<N extends AdminNamespace> = SameShape<(typeof ADMIN_NAMESPACES)[N]['vi']>

function wordsAt(shape: unknown, path: string, t: TranslateFunction): unknown {
  const words: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(shape as Record<string, unknown>)) {
    const at = `${path}:${key}`
    if (typeof value === 'string') words[key] = t(at)
    else if (typeof value === 'function') words[key] = (...args: unknown[]) => t(at, Object.fromEntries(args.map((arg, i) => [String(i), String(arg)])))
    else if (value && typeof value === 'object') words[key] = wordsAt(value, at, t)
  }
  return words
}

/**
 * A namespace of the admin's words read through Payload's `t()` (`newsroom:<namespace>:<key>`),
 * with the same typed shape as the messages it was registered from: a component writes
 * `words.submit` or `words.wrongStage(...)` and Payload picks the admin's language.
 */
export function wordsFromT<N extends AdminNamespace>(namespace: N, t: TranslateFunction): WordsOf<N> {
  return wordsAt(ADMIN_NAMESPACES[namespace].vi, `newsroom:${namespace}`, t) as WordsOf<N>
}
