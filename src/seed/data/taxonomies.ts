/** The newsroom's starting vocabulary. Slugs are stable: feeds and links filter on them. */
export type Term = { slug: string; vi: string; en: string }

export const TOPICS: Term[] = [
  { slug: 'grooming', vi: 'Dụ dỗ trẻ em trên mạng', en: 'Grooming' },
  { slug: 'sexual-exploitation', vi: 'Xâm hại và bóc lột tình dục', en: 'Sexual exploitation' },
  { slug: 'cyberbullying', vi: 'Bắt nạt trực tuyến', en: 'Cyberbullying' },
  { slug: 'harmful-content', vi: 'Nội dung độc hại', en: 'Harmful content' },
  { slug: 'privacy-personal-data', vi: 'Quyền riêng tư và dữ liệu cá nhân', en: 'Privacy and personal data' },
  { slug: 'online-scams', vi: 'Lừa đảo trực tuyến', en: 'Online scams' },
  { slug: 'digital-skills', vi: 'Kỹ năng số', en: 'Digital skills' },
  { slug: 'reporting-helplines', vi: 'Tố giác và đường dây nóng', en: 'Reporting and helplines' },
  { slug: 'cyber-attacks', vi: 'Tấn công mạng', en: 'Cyber-attacks' },
]

export const AUDIENCES: Term[] = [
  { slug: 'parents', vi: 'Cha mẹ', en: 'Parents' },
  { slug: 'teachers', vi: 'Giáo viên', en: 'Teachers' },
  { slug: 'caregivers', vi: 'Người chăm sóc trẻ', en: 'Caregivers' },
  { slug: 'children-0-5', vi: 'Trẻ em 0–5 tuổi', en: 'Children aged 0–5' },
  { slug: 'children-6-10', vi: 'Trẻ em 6–10 tuổi', en: 'Children aged 6–10' },
  { slug: 'children-11-15', vi: 'Trẻ em 11–15 tuổi', en: 'Children aged 11–15' },
  { slug: 'children-16-17', vi: 'Trẻ em 16–17 tuổi', en: 'Children aged 16–17' },
  { slug: 'journalists', vi: 'Nhà báo', en: 'Journalists' },
]
