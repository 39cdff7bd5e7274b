'use client'

import { useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'

import type { AdminNamespace } from '@/i18n/admin/payloadTranslations'
import { wordsFromT, type TranslateFunction } from '@/i18n/admin/wordsFromT'

/** A namespace of the admin's words in the admin's language, through Payload's i18n (`t()`). */
export function useAdminWords<N extends AdminNamespace>(namespace: N) {
  const { t, i18n } = useTranslation()
  // Rebuilt only when the admin switches language.
  return useMemo(() => wordsFromT(namespace, t as unknown as TranslateFunction), [namespace, t, i18n.language])
}
