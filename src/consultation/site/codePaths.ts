/** Public site paths of a code: Vietnamese at the root, English under /en. */
export function codePath(lang: Lang, slug: string, rest = ''): string {
  const base = `${lang === 'en' ? '/en' : ''}/codes/${encodeURIComponent(slug)}`
  if (!rest) return base
  return rest.startsWith('?') || rest.startsWith('#') ? `${base}${rest}` : `${base}/${rest}`
}

import { type Lang } from '@/i18n/lang'
