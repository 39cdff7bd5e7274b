import type { MailItem } from './types'
import { langOrDefault, type Lang } from '@/i18n/lang'

type ItemType = MailItem['type']

export type NoticeVia = 'mail' | 'bundle'

export type MailLabels = {
  vietnamTime: string
  footerReason: (programme: string) => string
  manage: string
  unsubscribe: string
  copyLink: string
  confirmation: {
    subject: string
    greeting: (name?: string) => string
    intro: (programme: string) => string
    button: string
    expires: (date: string) => string
    ignore: string
  }
  alreadySubscribed: {
    subject: string
    intro: string
    nothingChanged: string
    button: string
    notYou: string
  }
  alert: {
    subjectNew: (title: string) => string
    subjectUpdated: (title: string) => string
    intro: (type: ItemType, updated: boolean) => string
    button: string
  }
  digest: {
    subject: (options: { frequency: 'daily' | 'weekly'; day: string; start: string; end: string; count: number }) => string
    intro: (count: number, start: string, end: string) => string
  }
  correction: {
    subject: (title: string) => string
    heading: string
    /** How the reader had the item: sent to them by mail, or a briefing pack they downloaded. */
    intro: (date: string, via: NoticeVia) => string
    reason: string
    doNotUse: string
    republished: string
    corrected: {
      subject: (title: string) => string
      heading: string
      intro: (date: string, via: NoticeVia) => string
      changeNote: string
      useNew: string
    }
  }
  item: {
    typeName: Record<ItemType, string>
    groupHeading: Record<ItemType, string>
    updatedBadge: string
    published: (date: string) => string
    updatedAt: (date: string) => string
    changeNote: string
  }
}

const vi: MailLabels = {
  vietnamTime: 'giờ Việt Nam',
  footerReason: (programme) => `Bạn nhận thư này vì đã đăng ký nhận tin của ${programme}.`,
  manage: 'Quản lý tùy chọn',
  unsubscribe: 'Hủy đăng ký',
  copyLink: 'Nếu nút không hoạt động, hãy sao chép liên kết này vào trình duyệt:',
  confirmation: {
    subject: 'Xác nhận đăng ký nhận tin',
    greeting: (name) => (name ? `Xin chào ${name},` : 'Xin chào,'),
    intro: (programme) => `Vui lòng xác nhận rằng bạn muốn nhận tin từ ${programme}.`,
    button: 'Xác nhận đăng ký',
    expires: (date) => `Liên kết có hiệu lực trong 7 ngày, đến ${date} (giờ Việt Nam).`,
    ignore: 'Nếu bạn không yêu cầu đăng ký, hãy bỏ qua thư này. Bạn sẽ không nhận thêm thư nào từ chúng tôi.',
  },
  alreadySubscribed: {
    subject: 'Địa chỉ email này đã được đăng ký nhận tin',
    intro: 'Có người (có thể là bạn) vừa đăng ký nhận tin lại bằng địa chỉ email này.',
    nothingChanged: 'Địa chỉ này đã được đăng ký từ trước, nên chúng tôi không thay đổi gì.',
    button: 'Quản lý tùy chọn',
    notYou: 'Nếu không phải bạn, bạn có thể bỏ qua thư này.',
  },
  alert: {
    subjectNew: (title) => `Mới: ${title}`,
    subjectUpdated: (title) => `Cập nhật: ${title}`,
    intro: (type, updated) => {
      const name = vi.item.typeName[type].toLowerCase()
      return updated ? `Một ${name} đã đăng trước đây vừa được cập nhật.` : `Một ${name} mới vừa được đăng.`
    },
    button: 'Xem nội dung',
  },
  digest: {
    subject: ({ frequency, day, start, end, count }) =>
      frequency === 'daily' ? `Bản tin ngày ${day} (${count} tin)` : `Bản tin tuần ${start} – ${end} (${count} tin)`,
    intro: (count, start, end) => `${count} tin mới và cập nhật từ ${start} đến ${end} (giờ Việt Nam).`,
  },
  correction: {
    subject: (title) => `Đã gỡ bỏ: ${title}`,
    heading: 'Nội dung đã bị gỡ bỏ',
    intro: (date, via) =>
      via === 'bundle'
        ? `Bộ tài liệu báo chí dưới đây, mà bạn đã tải về, đã bị gỡ bỏ lúc ${date} (giờ Việt Nam).`
        : `Nội dung dưới đây, mà chúng tôi đã gửi cho bạn qua thư, đã bị gỡ bỏ lúc ${date} (giờ Việt Nam).`,
    reason: 'Lý do:',
    doNotUse: 'Vui lòng không sử dụng, trích dẫn hoặc đăng lại nội dung này nữa.',
    republished: 'Nếu bạn đã đăng lại nội dung này, vui lòng gỡ bỏ hoặc cập nhật bài của bạn.',
    corrected: {
      subject: (title) => `Đính chính: ${title}`,
      heading: 'Nội dung đã được đính chính',
      intro: (date, via) =>
        via === 'bundle'
          ? `Bộ tài liệu báo chí dưới đây, mà bạn đã tải về, đã được sửa đổi quan trọng lúc ${date} (giờ Việt Nam).`
          : `Nội dung dưới đây, mà chúng tôi đã gửi cho bạn qua thư, đã được sửa đổi quan trọng lúc ${date} (giờ Việt Nam).`,
      changeNote: 'Nội dung thay đổi:',
      useNew: 'Vui lòng dùng phiên bản mới. Nếu bạn đã đăng lại nội dung này, vui lòng cập nhật bài của bạn.',
    },
  },
  item: {
    typeName: { article: 'Bài viết', campaign: 'Chiến dịch', 'briefing-pack': 'Bộ tài liệu báo chí' },
    groupHeading: { article: 'Bài viết', campaign: 'Chiến dịch', 'briefing-pack': 'Bộ tài liệu báo chí' },
    updatedBadge: 'Cập nhật',
    published: (date) => `Đăng lúc ${date}`,
    updatedAt: (date) => `Cập nhật lúc ${date}`,
    changeNote: 'Nội dung thay đổi:',
  },
}

const items = (count: number): string => (count === 1 ? '1 item' : `${count} items`)

const en: MailLabels = {
  vietnamTime: 'Vietnam time',
  footerReason: (programme) => `You receive this because you subscribed to news from the ${programme}.`,
  manage: 'Manage preferences',
  unsubscribe: 'Unsubscribe',
  copyLink: 'If the button does not work, copy this link into your browser:',
  confirmation: {
    subject: 'Confirm your subscription',
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (programme) => `Please confirm that you want to receive news from the ${programme}.`,
    button: 'Confirm subscription',
    expires: (date) => `The link is valid for 7 days, until ${date} (Vietnam time).`,
    ignore: 'If you did not ask to subscribe, ignore this email. You will not hear from us again.',
  },
  alreadySubscribed: {
    subject: 'This email address is already subscribed',
    intro: 'Someone (perhaps you) just tried to subscribe this email address again.',
    nothingChanged: 'It was already subscribed, so nothing has changed.',
    button: 'Manage preferences',
    notYou: 'If it was not you, you can ignore this email.',
  },
  alert: {
    subjectNew: (title) => `New: ${title}`,
    subjectUpdated: (title) => `Updated: ${title}`,
    intro: (type, updated) => {
      const name = en.item.typeName[type].toLowerCase()
      return updated ? `${type === 'article' ? 'An' : 'A'} ${name} published earlier has been updated.` : `A new ${name} has been published.`
    },
    button: 'Read it',
  },
  digest: {
    subject: ({ frequency, day, start, end, count }) =>
      frequency === 'daily' ? `Daily digest, ${day} (${items(count)})` : `Weekly digest, ${start} – ${end} (${items(count)})`,
    intro: (count, start, end) => `${count === 1 ? '1 new or updated item' : `${count} new or updated items`} from ${start} to ${end} (Vietnam time).`,
  },
  correction: {
    subject: (title) => `Withdrawn: ${title}`,
    heading: 'Item withdrawn',
    intro: (date, via) =>
      via === 'bundle'
        ? `The briefing pack below, which you downloaded, was withdrawn on ${date} (Vietnam time).`
        : `The item below, which we sent you by email, was withdrawn on ${date} (Vietnam time).`,
    reason: 'Reason:',
    doNotUse: 'Please no longer use, quote or republish it.',
    republished: 'If you have republished it, please take it down or update your story.',
    corrected: {
      subject: (title) => `Corrected: ${title}`,
      heading: 'Item corrected',
      intro: (date, via) =>
        via === 'bundle'
          ? `The briefing pack below, which you downloaded, received a major correction on ${date} (Vietnam time).`
          : `The item below, which we sent you by email, received a major correction on ${date} (Vietnam time).`,
      changeNote: 'What changed:',
      useNew: 'Please use the new version. If you have republished it, please update your story.',
    },
  },
  item: {
    typeName: { article: 'Article', campaign: 'Campaign', 'briefing-pack': 'Briefing pack' },
    groupHeading: { article: 'Articles', campaign: 'Campaigns', 'briefing-pack': 'Briefing packs' },
    updatedBadge: 'Updated',
    published: (date) => `Published ${date}`,
    updatedAt: (date) => `Updated ${date}`,
    changeNote: 'What changed:',
  },
}

const LABELS: Record<Lang, MailLabels> = { vi, en }

/** Vietnamese for anything that is not 'en': a locale read from the database may be stale. */
export const labelsFor = (locale: Lang): MailLabels => (locale === 'en' ? LABELS.en : LABELS.vi)

/** The locale actually rendered, by the same fallback as labelsFor. */
export const resolveLocale: (locale: Lang) => Lang = langOrDefault
