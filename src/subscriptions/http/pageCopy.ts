import { langOrDefault, type Lang } from '@/i18n/lang'
import type { ContentType } from '@/content/contentTypes'
import type { Frequency, SubscriberStatus } from '../constants'

/** The preference fields of the manage form, as parseSubscribeRequest names them. */
export type PreferenceField = 'name' | 'outlet' | 'locale' | 'frequency' | 'topics' | 'contentTypes'

export type PageCopy = {
  programme: string
  serverError: { title: string; body: string }
  tooLarge: { title: string; body: string }
  invalidLink: { title: string; body: string }
  confirmed: { title: string; body: string; manage: string }
  expired: { title: string; body: string; subscribeAgain: string }
  manage: {
    title: string
    address: string
    status: Record<SubscriberStatus, string>
    labels: Record<PreferenceField, string>
    topicsHint: string
    typesHint: string
    noTopics: string
    frequencies: Record<Frequency, string>
    types: Record<ContentType, string>
    save: string
    leave: string
    errorTitle: string
    errors: Record<PreferenceField, string>
  }
  saved: { title: string; body: string; back: string }
  unsubscribe: { title: string; body: string; button: string; already: string; manage: string }
  unsubscribed: { title: string; body: string; changedMind: string }
}

const vi: PageCopy = {
  programme: 'Chương trình bảo vệ trẻ em trên môi trường mạng',
  serverError: { title: 'Đã có lỗi', body: 'Đã có lỗi ở phía chúng tôi. Vui lòng thử lại sau ít phút.' },
  tooLarge: { title: 'Yêu cầu quá lớn', body: 'Dữ liệu gửi lên quá lớn. Vui lòng quay lại và thử lại.' },
  invalidLink: {
    title: 'Liên kết không hợp lệ',
    body: 'Liên kết này không đúng, đã được dùng hoặc đã được thay bằng một liên kết mới hơn. Nếu bạn đã xác nhận đăng ký thì không cần làm gì thêm; hãy dùng liên kết trong thư gần nhất chúng tôi gửi cho bạn.',
  },
  confirmed: {
    title: 'Đăng ký đã được xác nhận',
    body: 'Cảm ơn bạn. Từ nay bạn sẽ nhận thư về tin bài, chiến dịch và tài liệu họp báo mới của chương trình.',
    manage: 'Quản lý tùy chọn nhận tin',
  },
  expired: {
    title: 'Liên kết đã hết hạn',
    body: 'Liên kết xác nhận chỉ có hiệu lực trong 7 ngày và liên kết này đã hết hạn, nên đăng ký chưa được xác nhận. Để đăng ký lại, hãy gửi lại mẫu đăng ký nhận tin: chúng tôi sẽ gửi cho bạn một liên kết mới.',
    subscribeAgain: 'Đến trang của chương trình để đăng ký lại',
  },
  manage: {
    title: 'Tùy chọn nhận tin',
    address: 'Địa chỉ nhận thư:',
    status: {
      pending: 'Đăng ký chưa được xác nhận: hãy bấm liên kết trong thư xác nhận để bắt đầu nhận tin.',
      active: 'Bạn đang nhận tin theo các tùy chọn dưới đây.',
      unsubscribed: 'Bạn đã huỷ đăng ký và sẽ không nhận thư nào. Để nhận tin trở lại, hãy đăng ký lại.',
      bounced: 'Thư gửi tới địa chỉ này bị trả lại nhiều lần nên chúng tôi đã ngừng gửi. Để nhận tin trở lại, hãy đăng ký lại.',
    },
    labels: { name: 'Họ tên', outlet: 'Cơ quan báo chí', locale: 'Ngôn ngữ của thư', frequency: 'Tần suất', topics: 'Chủ đề', contentTypes: 'Loại nội dung' },
    topicsHint: 'Không chọn chủ đề nào: nhận tin về mọi chủ đề.',
    typesHint: 'Không chọn loại nào: nhận mọi loại nội dung.',
    noTopics: 'Chưa có chủ đề nào.',
    frequencies: { immediate: 'Ngay khi đăng', daily: 'Hằng ngày', weekly: 'Hằng tuần' },
    types: { article: 'Bài viết', campaign: 'Chiến dịch', 'briefing-pack': 'Tài liệu họp báo' },
    save: 'Lưu tùy chọn',
    leave: 'Huỷ đăng ký nhận tin',
    errorTitle: 'Chưa lưu được tùy chọn',
    errors: {
      name: 'Họ tên: tối đa 120 ký tự.',
      outlet: 'Cơ quan báo chí: tối đa 120 ký tự.',
      locale: 'Ngôn ngữ của thư: hãy chọn Tiếng Việt hoặc English.',
      frequency: 'Tần suất: hãy chọn ngay khi đăng, hằng ngày hoặc hằng tuần.',
      topics: 'Chủ đề: có chủ đề không còn tồn tại; hãy chọn lại trong danh sách.',
      contentTypes: 'Loại nội dung: hãy chọn trong danh sách.',
    },
  },
  saved: { title: 'Đã lưu tùy chọn', body: 'Tùy chọn nhận tin của bạn đã được cập nhật.', back: 'Quay lại tùy chọn nhận tin' },
  unsubscribe: {
    title: 'Huỷ đăng ký nhận tin',
    body: 'Bấm nút dưới đây để ngừng nhận mọi thư của chương trình tại địa chỉ:',
    button: 'Huỷ đăng ký',
    already: 'Địa chỉ này đã được huỷ đăng ký; bạn sẽ không nhận thư nào nữa.',
    manage: 'Đổi tùy chọn thay vì huỷ đăng ký',
  },
  unsubscribed: {
    title: 'Bạn đã huỷ đăng ký',
    body: 'Bạn sẽ không nhận thêm thư nào của chương trình tại địa chỉ này.',
    changedMind: 'Nếu đổi ý, bạn có thể đăng ký lại bất cứ lúc nào.',
  },
}

const en: PageCopy = {
  programme: 'Programme for Child Protection Online',
  serverError: { title: 'Something went wrong', body: 'Something went wrong on our side. Please try again in a few minutes.' },
  tooLarge: { title: 'Request too large', body: 'What was sent is too large. Please go back and try again.' },
  invalidLink: {
    title: 'This link is not valid',
    body: 'This link is wrong, has already been used or has been replaced by a newer one. If you have already confirmed your subscription, there is nothing more to do; use the link in the latest email we sent you.',
  },
  confirmed: {
    title: 'Subscription confirmed',
    body: 'Thank you. From now on you will receive email about the programme’s new articles, campaigns and briefing packs.',
    manage: 'Manage your preferences',
  },
  expired: {
    title: 'This link has expired',
    body: 'Confirmation links work for 7 days and this one has expired, so the subscription was not confirmed. To subscribe again, fill in the subscription form once more: we will send you a new link.',
    subscribeAgain: 'Go to the programme’s site to subscribe again',
  },
  manage: {
    title: 'Your email preferences',
    address: 'Address:',
    status: {
      pending: 'Your subscription is not confirmed yet: follow the link in the confirmation email to start receiving news.',
      active: 'You receive news with the preferences below.',
      unsubscribed: 'You have unsubscribed and receive no email. To receive news again, subscribe again.',
      bounced: 'Mail to this address bounced several times, so we stopped sending. To receive news again, subscribe again.',
    },
    labels: { name: 'Name', outlet: 'Outlet', locale: 'Language of the emails', frequency: 'Frequency', topics: 'Topics', contentTypes: 'Content types' },
    topicsHint: 'No topic ticked: news about every topic.',
    typesHint: 'No type ticked: every type of content.',
    noTopics: 'There are no topics yet.',
    frequencies: { immediate: 'As soon as published', daily: 'Daily', weekly: 'Weekly' },
    types: { article: 'Articles', campaign: 'Campaigns', 'briefing-pack': 'Briefing packs' },
    save: 'Save preferences',
    leave: 'Unsubscribe',
    errorTitle: 'Your preferences were not saved',
    errors: {
      name: 'Name: at most 120 characters.',
      outlet: 'Outlet: at most 120 characters.',
      locale: 'Language of the emails: choose Tiếng Việt or English.',
      frequency: 'Frequency: choose as soon as published, daily or weekly.',
      topics: 'Topics: a topic no longer exists; please choose again from the list.',
      contentTypes: 'Content types: choose from the list.',
    },
  },
  saved: { title: 'Preferences saved', body: 'Your email preferences have been updated.', back: 'Back to your preferences' },
  unsubscribe: {
    title: 'Unsubscribe',
    body: 'Press the button below to stop every email from the programme to:',
    button: 'Unsubscribe',
    already: 'This address is already unsubscribed; you will receive no more email.',
    manage: 'Change your preferences instead',
  },
  unsubscribed: {
    title: 'You have unsubscribed',
    body: 'You will receive no more email from the programme at this address.',
    changedMind: 'If you change your mind, you can subscribe again at any time.',
  },
}

export const PAGE_COPY: Record<Lang, PageCopy> = { vi, en }

/**
 * The language of a page when no subscriber is known (a forged or used link): English
 * when the browser prefers it to Vietnamese, Vietnamese otherwise.
 */
export function pageLocaleOf(request: Request): Lang {
  const header = request.headers.get('accept-language') ?? ''
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { language: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => (entry.language === 'vi' || entry.language === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked[0]?.language === 'en' ? 'en' : 'vi'
}

/** A stored locale as one of ours: the language layer's one rule (Vietnamese unless English). */
export const asPageLocale = langOrDefault
