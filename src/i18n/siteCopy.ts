import { defineMessages } from './defineMessages'
import type { Lang } from './lang'

/** The site's own words, Vietnamese first. Content comes in both languages from the CMS. */
export const SITE_COPY = defineMessages({
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    codes: 'Quy tắc ứng xử',
    search: 'Tìm kiếm',
    subscribe: 'Nhận tin',
    press: 'Báo chí',
    otherLanguage: 'English',
    nav: 'Điều hướng chính',
  },
  en: {
    skip: 'Skip to main content',
    home: 'Home',
    codes: 'Code of conduct',
    search: 'Search',
    subscribe: 'Subscribe',
    press: 'Press',
    otherLanguage: 'Tiếng Việt',
    nav: 'Main navigation',
  },
})

/** A site path in a language: Vietnamese at the root, English under /en. */
export function sitePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (lang === 'vi') return clean
  return clean === '/' ? '/en' : `/en${clean}`
}
