import { defineMessages } from '../defineMessages'

/** The press office's mails to a journalist: the decision on an accreditation, and a request from an address already on file. */
export const pressDecisionMailMessages = defineMessages({
  vi: {
    greeting: (name: string) => `Kính gửi ${name},`,
    contactNote: 'Nếu có câu hỏi, bạn có thể liên hệ bộ phận báo chí của chương trình.',
    accredited: {
      subject: 'Bạn đã được cấp quyền vào phòng báo chí',
      approved:
        'Đề nghị cấp quyền vào phòng báo chí của bạn đã được chấp thuận. Từ nay bạn có thể đọc các tài liệu họp báo và bài viết trước khi hết thời gian cấm đăng.',
      howToSignIn: (minutes: number) =>
        `Để đăng nhập, mở trang đăng nhập và nhập email công việc: chúng tôi gửi cho bạn một liên kết dùng một lần, có hiệu lực ${minutes} phút. Không cần mật khẩu.`,
      embargo: 'Không được đăng tải tài liệu cấm đăng dưới bất kỳ hình thức nào trước thời điểm ghi trên tài liệu.',
      button: 'Đến trang đăng nhập',
    },
    refused: {
      subject: 'Đề nghị cấp quyền vào phòng báo chí chưa được chấp thuận',
      body: 'Bộ phận báo chí chưa chấp thuận đề nghị cấp quyền vào phòng báo chí của bạn, với lý do:',
    },
    revoked: {
      subject: 'Quyền truy cập phòng báo chí của bạn đã bị thu hồi',
      body: 'Bộ phận báo chí đã thu hồi quyền truy cập phòng báo chí của bạn và đăng xuất bạn, với lý do:',
    },
    known: {
      subject: 'Về đề nghị cấp quyền vào phòng báo chí',
      body: 'Có người (có thể là bạn) vừa đề nghị cấp quyền vào phòng báo chí bằng địa chỉ email này. Địa chỉ này đã có trong hồ sơ nên chúng tôi không thay đổi gì.',
      status: {
        pending: 'Đề nghị trước đó của địa chỉ này đang chờ cán bộ báo chí xem xét; bạn sẽ nhận thư báo kết quả.',
        accredited: 'Địa chỉ này đã được cấp quyền: bạn có thể đăng nhập phòng báo chí ngay.',
        refused: 'Đề nghị trước đó của địa chỉ này đã bị từ chối. Nếu có thay đổi, vui lòng liên hệ bộ phận báo chí của chương trình.',
        revoked: 'Quyền truy cập của địa chỉ này đã bị thu hồi. Vui lòng liên hệ bộ phận báo chí của chương trình.',
      },
      button: 'Đăng nhập',
      notYou: 'Nếu không phải bạn, hãy bỏ qua thư này.',
    },
  },
  en: {
    greeting: (name: string) => `Dear ${name},`,
    contactNote: 'If you have questions, please contact the programme’s press office.',
    accredited: {
      subject: 'You are accredited to the press room',
      approved: 'Your accreditation to the press room was approved. You can now read embargoed briefing packs and articles before their embargo passes.',
      howToSignIn: (minutes: number) =>
        `To sign in, open the sign-in page and enter your work email: we send you a link that works once, for ${minutes} minutes. There is no password.`,
      embargo: 'Embargoed material must not be published, in any form, before the time shown on it.',
      button: 'Go to the sign-in page',
    },
    refused: {
      subject: 'Your press room accreditation request was refused',
      body: 'The press office refused your request for accreditation to the press room, for this reason:',
    },
    revoked: {
      subject: 'Your press room accreditation was revoked',
      body: 'The press office revoked your accreditation to the press room, and signed you out, for this reason:',
    },
    known: {
      subject: 'Your press room accreditation request',
      body: 'Someone (probably you) asked for press room accreditation with this email address, which we already have on file, so nothing was changed.',
      status: {
        pending: 'An earlier request from this address is waiting for a press officer; you will get an email with the decision.',
        accredited: 'This address is already accredited: you can sign in to the press room now.',
        refused: 'An earlier request from this address was refused. If something has changed, please contact the programme’s press office.',
        revoked: 'The accreditation of this address was revoked. Please contact the programme’s press office.',
      },
      button: 'Sign in',
      notYou: 'If this was not you, ignore this email.',
    },
  },
})
