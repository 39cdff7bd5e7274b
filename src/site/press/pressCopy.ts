import type { AccreditationField, FieldProblem } from '@/press/accreditation/parseAccreditationForm'
import { ACCREDITATION_MAX_LENGTH } from '@/press/accreditation/parseAccreditationForm'
import { SIGN_IN_LINK_MINUTES } from '@/press/limits'
import { type Lang } from '@/i18n/lang'

const vi = {
  pressRoom: 'Phòng báo chí',
  intro: 'Phòng báo chí dành cho nhà báo được cấp quyền: tài liệu họp báo và bài viết của chương trình, kể cả những nội dung đang trong thời gian cấm đăng.',
  howTo: 'Nhà báo đề nghị cấp quyền một lần; sau khi cán bộ báo chí duyệt, bạn đăng nhập bằng email công việc, không cần mật khẩu.',
  askAccreditation: 'Đề nghị cấp quyền',
  signIn: 'Đăng nhập',
  signedInAs: 'Đã đăng nhập:',
  signOut: 'Đăng xuất',
  signedOut: 'Bạn đã đăng xuất khỏi phòng báo chí.',
  embargoNotice: 'Nội dung có nhãn CẤM ĐĂNG không được đăng tải dưới bất kỳ hình thức nào trước thời điểm ghi trên nhãn. Mỗi lần xem được ghi vào nhật ký.',
  packs: 'Tài liệu họp báo',
  articles: 'Bài viết',
  noPacks: 'Chưa có tài liệu họp báo nào.',
  noArticles: 'Chưa có bài viết nào.',
  embargoedUntil: 'CẤM ĐĂNG ĐẾN',
  optional: '(không bắt buộc)',
  errorTitle: 'Chưa gửi được biểu mẫu',
  accreditation: {
    title: 'Đề nghị cấp quyền vào phòng báo chí',
    intro: 'Điền thông tin dưới đây. Cán bộ báo chí sẽ kiểm tra thẻ nhà báo của bạn và gửi thư báo kết quả.',
    labels: {
      name: 'Họ và tên',
      outlet: 'Cơ quan báo chí',
      email: 'Email công việc',
      pressCardNumber: 'Số thẻ nhà báo',
      phone: 'Điện thoại',
      language: 'Ngôn ngữ nhận thư',
    },
    hints: {
      email: 'Địa chỉ email tại cơ quan báo chí của bạn. Đây cũng là địa chỉ để đăng nhập.',
      pressCardNumber: 'Như in trên thẻ nhà báo, ví dụ 12345/BTTTT.',
    } as Partial<Record<AccreditationField, string>>,
    languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh (English)' },
    submit: 'Gửi đề nghị',
    sentTitle: 'Cảm ơn bạn',
    sent: 'Chúng tôi đã nhận đề nghị. Nếu địa chỉ email nhận được thư, một thư xác nhận đang được gửi tới; cán bộ báo chí sẽ báo kết quả qua email.',
  },
  signInPage: {
    title: 'Đăng nhập phòng báo chí',
    intro: `Nhập email công việc đã được cấp quyền. Chúng tôi sẽ gửi một liên kết đăng nhập, dùng được một lần trong ${SIGN_IN_LINK_MINUTES} phút.`,
    email: 'Email công việc',
    submit: 'Gửi liên kết đăng nhập',
    sentTitle: 'Hãy kiểm tra hộp thư',
    sent: `Nếu địa chỉ này đã được cấp quyền, một liên kết đăng nhập đang được gửi tới. Liên kết dùng được một lần, trong ${SIGN_IN_LINK_MINUTES} phút.`,
    notAccredited: 'Chưa được cấp quyền?',
  },
}

type PressCopy = typeof vi

const en: PressCopy = {
  pressRoom: 'Press room',
  intro: 'The press room is for accredited journalists: the programme’s briefing packs and articles, including those still under embargo.',
  howTo: 'Journalists ask for accreditation once; after a press officer approves it, you sign in with your work email, without a password.',
  askAccreditation: 'Ask for accreditation',
  signIn: 'Sign in',
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  signedOut: 'You have signed out of the press room.',
  embargoNotice: 'Material marked EMBARGOED must not be published, in any form, before the time on the mark. Every view is logged.',
  packs: 'Briefing packs',
  articles: 'Articles',
  noPacks: 'No briefing packs yet.',
  noArticles: 'No articles yet.',
  embargoedUntil: 'EMBARGOED UNTIL',
  optional: '(optional)',
  errorTitle: 'The form was not sent',
  accreditation: {
    title: 'Ask for press room accreditation',
    intro: 'Fill in the form below. A press officer checks your press card and lets you know the decision by email.',
    labels: { name: 'Full name', outlet: 'Outlet', email: 'Work email', pressCardNumber: 'Press card number', phone: 'Phone', language: 'Mail language' },
    hints: {
      email: 'Your address at your outlet. It is also the address you sign in with.',
      pressCardNumber: 'As printed on your press card, such as 12345/BTTTT.',
    },
    languages: { vi: 'Vietnamese (Tiếng Việt)', en: 'English' },
    submit: 'Send the request',
    sentTitle: 'Thank you',
    sent: 'We received your request. If the address can receive mail, a confirmation is on its way; a press officer will let you know the decision by email.',
  },
  signInPage: {
    title: 'Sign in to the press room',
    intro: `Enter your accredited work email. We send you a sign-in link that works once, for ${SIGN_IN_LINK_MINUTES} minutes.`,
    email: 'Work email',
    submit: 'Send me a sign-in link',
    sentTitle: 'Check your inbox',
    sent: `If this address is accredited, a sign-in link is on its way. It works once, for ${SIGN_IN_LINK_MINUTES} minutes.`,
    notAccredited: 'Not accredited yet?',
  },
}

/** The press room pages' own words, Vietnamese first. */
export const PRESS_COPY: Record<Lang, PressCopy> = { vi, en }

const INVALID: Record<Lang, Record<AccreditationField, string>> = {
  vi: {
    name: 'Họ và tên chưa hợp lệ.',
    outlet: 'Tên cơ quan báo chí chưa hợp lệ.',
    email: 'Email công việc chưa đúng, ví dụ ten@bao.vn.',
    pressCardNumber: 'Số thẻ nhà báo chỉ gồm chữ, số, dấu cách, dấu chấm, gạch chéo và gạch ngang.',
    phone: 'Số điện thoại chỉ gồm chữ số, dấu cách, ngoặc, dấu chấm và gạch ngang, có thể bắt đầu bằng +.',
    language: 'Hãy chọn tiếng Việt hoặc tiếng Anh.',
  },
  en: {
    name: 'The full name is not valid.',
    outlet: 'The outlet is not valid.',
    email: 'Enter a work email address such as ten@bao.vn.',
    pressCardNumber: 'A press card number holds letters, digits, spaces, dots, slashes and hyphens.',
    phone: 'A phone number holds digits, spaces, brackets, dots and hyphens, with an optional leading +.',
    language: 'Choose Vietnamese or English.',
  },
}

/** The sentence for a refused field, naming it by its label. */
export function problemMessage(lang: Lang, field: AccreditationField, problem: FieldProblem): string {
  const label = PRESS_COPY[lang].accreditation.labels[field]
  if (problem === 'missing') return lang === 'vi' ? `Vui lòng nhập ${label.toLowerCase()}.` : `Enter your ${label.toLowerCase()}.`
  if (problem === 'too_long' && field !== 'language') {
    const max = ACCREDITATION_MAX_LENGTH[field]
    return lang === 'vi' ? `${label} dài tối đa ${max} ký tự.` : `${label} is at most ${max} characters.`
  }
  return INVALID[lang][field]
}
