import type { AdminNamespace } from '@/i18n/admin/payloadTranslations'
import { wordsFromT, type TranslateFunction } from '@/i18n/admin/wordsFromT'

/** For server components: a namespace of the admin's words through Payload's i18n (`i18n.t`), in the admin's language. */
export const adminWords = <N extends AdminNamespace>(namespace: N, i18n: { t: unknown }) => wordsFromT(namespace, i18n.t as TranslateFunction)
