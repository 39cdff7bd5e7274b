import { defineMessages } from '../defineMessages'

/** Why a request was turned away for coming too often, and what the waiting reader can do. */
export const rateLimitMessages = defineMessages({
  vi: {
    subscribeNetwork: (seconds: number) => `Mạng của bạn đã gửi quá nhiều yêu cầu đăng ký trong một giờ qua. Vui lòng thử lại sau ${waitVi(seconds)}.`,
    subscribeAddress: (seconds: number) =>
      `Địa chỉ email này đã được yêu cầu đăng ký quá nhiều lần trong một giờ qua. Vui lòng thử lại sau ${waitVi(seconds)}.`,
    commentNetwork: (seconds: number) => `Mạng của bạn đã gửi quá nhiều góp ý trong một giờ qua. Vui lòng thử lại sau ${waitVi(seconds)}.`,
    agencyPerMinute: (limit: number, seconds: number) => `Đã dùng hết ${limit} yêu cầu mỗi phút của cơ quan; thử lại sau ${seconds} giây.`,
    bodyTooLarge: (kilobytes: number) => `Nội dung gửi lên lớn hơn ${kilobytes} KB.`,
    notJson: 'Nội dung gửi lên không phải JSON hợp lệ: hãy gửi một đối tượng như {"email":"ten@bao.vn","locale":"vi","frequency":"daily"}.',
    noAnswer: 'Máy chủ chưa trả lời sau 10 giây. Yêu cầu của bạn có thể chưa được gửi; hãy thử lại.',
    offline: 'Không kết nối được tới máy chủ. Hãy kiểm tra mạng và thử lại.',
    retry: 'Thử lại',
  },
  en: {
    subscribeNetwork: (seconds: number) => `Too many subscription requests from this network in the last hour. Please try again in ${waitEn(seconds)}.`,
    subscribeAddress: (seconds: number) => `Too many subscription requests for this email address in the last hour. Please try again in ${waitEn(seconds)}.`,
    commentNetwork: (seconds: number) => `Too many comments from this network in the last hour. Please try again in ${waitEn(seconds)}.`,
    agencyPerMinute: (limit: number, seconds: number) => `Rate limit of ${limit} requests per minute reached; retry after ${seconds} s.`,
    bodyTooLarge: (kilobytes: number) => `The body is larger than ${kilobytes} KB.`,
    notJson: 'The body is not valid JSON: send an object such as {"email":"ten@bao.vn","locale":"vi","frequency":"daily"}.',
    noAnswer: 'The server has not answered for 10 seconds. Your request may not have been sent; please try again.',
    offline: 'The server cannot be reached. Check your connection and try again.',
    retry: 'Try again',
  },
})

// A wait a person can picture: minutes once it is more than a minute.
function waitVi(seconds: number): string {
  return seconds <= 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`
}
function waitEn(seconds: number): string {
  if (seconds <= 60) return `${seconds} s`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
