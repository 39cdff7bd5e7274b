import type { Lang } from './lang'

/**
 * The English side must have exactly the Vietnamese side's shape: the same keys, and
 * functions with the same parameters. A key missing or extra in either language fails the
 * type check, not a reader.
 */
export type SameShape<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : SameShape<T[K]>
}

export type Messages<T> = { readonly vi: T; readonly en: SameShape<T> }

/** One namespace of messages in both languages, Vietnamese first. */
export function defineMessages<const T>(messages: { vi: T; en: SameShape<T> }): Messages<T> {
  return messages
}

/** A namespace's messages in one language. */
export function messagesIn<T>(namespace: Messages<T>, lang: Lang): SameShape<T> {
  return namespace[lang] as SameShape<T>
}

/**
 * One message in both languages, for a refusal found before anyone knows who reads it: the
 * answer picks the reader's side (AppError.messageIn).
 */
export function inBothLanguages<T>(namespace: Messages<T>, pick: (messages: SameShape<T>) => string): { vi: string; en: string } {
  return { vi: pick(namespace.vi as SameShape<T>), en: pick(namespace.en) }
}
