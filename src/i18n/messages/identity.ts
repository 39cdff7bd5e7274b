import { defineMessages } from '../defineMessages'

/** How the newsroom names itself until an admin sets its identity (Site identity in the admin). */
export const identityMessages = defineMessages({
  vi: {
    siteName: 'Bảo vệ trẻ em trên môi trường mạng',
    tagline: 'Phòng tin của Chương trình bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng',
    programmeName: 'Chương trình bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng',
    helplineName: 'Tổng đài quốc gia bảo vệ trẻ em',
    helplineNote: 'miễn phí, 24/7',
    period: (start: number, end: number) => (start === end ? `năm ${start}` : `giai đoạn ${start}–${end}`),
    logoAlt: (siteName: string) => `Biểu trưng: ${siteName}`,
  },
  en: {
    siteName: 'Protecting children online',
    tagline: 'Newsroom of the programme to protect and support children in interacting healthily and creatively online',
    programmeName: 'Programme to protect and support children in interacting healthily and creatively online',
    helplineName: 'National child protection helpline',
    helplineNote: 'free, 24/7',
    period: (start: number, end: number) => (start === end ? `${start}` : `${start}–${end}`),
    logoAlt: (siteName: string) => `Logo: ${siteName}`,
  },
})
