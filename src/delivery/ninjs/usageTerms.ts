import type { Language } from '../languages'

/** The terms every agency takes the programme's content under, unless an image says otherwise. */
export const USAGE_TERMS: Record<Language, string> = {
  vi: 'Được phép đăng lại miễn phí, ghi rõ nguồn Chương trình bảo vệ trẻ em trên môi trường mạng. Ảnh dùng theo điều kiện ghi kèm từng ảnh.',
  en: 'Free to republish with credit to the Programme for Child Protection Online. Images are used under the terms given with each image.',
}

export const COPYRIGHT_HOLDER: Record<Language, string> = {
  vi: 'Chương trình bảo vệ trẻ em trên môi trường mạng',
  en: 'Programme for Child Protection Online',
}
