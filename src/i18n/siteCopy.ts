import type { Lang } from './lang'
/** The site's own words, Vietnamese first. Content comes in both languages from the CMS. */
export const SITE_COPY = {
  vi: {
    siteName: 'Bảo vệ trẻ em trên môi trường mạng',
    tagline: 'Phòng tin của Chương trình bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng',
    skip: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    codes: 'Quy tắc ứng xử',
    search: 'Tìm kiếm',
    subscribe: 'Nhận tin',
    press: 'Báo chí',
    otherLanguage: 'English',
    otherLanguageCode: 'en',
    nav: 'Điều hướng chính',
  },
  en: {
    siteName: 'Protecting children online',
    tagline: 'Newsroom of the programme to protect and support children in interacting healthily and creatively online',
    skip: 'Skip to main content',
    home: 'Home',
    codes: 'Code of conduct',
    search: 'Search',
    subscribe: 'Subscribe',
    press: 'Press',
    otherLanguage: 'Tiếng Việt',
    otherLanguageCode: 'vi',
    nav: 'Main navigation',
  },
} as const

/** A site path in a language: Vietnamese at the root, English under /en. */
export function sitePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (lang === 'vi') return clean
  return clean === '/' ? '/en' : `/en${clean}`
}
