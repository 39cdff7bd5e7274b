import { defineMessages } from '../defineMessages'

/** Page titles and notices the route files give, before a page component speaks. */
export const sitePageMessages = defineMessages({
  vi: {
    notFound: 'Không tìm thấy',
    codesTitle: 'Bộ quy tắc ứng xử',
    subscribeTitle: 'Nhận tin qua email',
    description: 'Phòng tin của Chương trình bảo vệ trẻ em trên môi trường mạng.',
    missingTitle: 'Không tìm thấy trang',
    missingBody: 'Trang bạn tìm không có ở đây. Có thể đường dẫn đã gõ sai hoặc nội dung đã được chuyển đi.',
    goHome: 'Về trang chủ',
    trySearch: 'Tìm trong trang',
    commentReceived: 'Cảm ơn bạn. Góp ý đã được nhận và chờ duyệt.',
    pressRoomLink: 'Phòng báo chí: xin cấp quyền, đăng nhập',
    pathNotUtf8: 'Địa chỉ có mã phần trăm (%) không phải UTF-8.',
    pathControlCharacter: 'Địa chỉ có ký tự điều khiển, ví dụ NUL.',
  },
  en: {
    notFound: 'Not found',
    codesTitle: 'Codes of conduct',
    subscribeTitle: 'Get news by email',
    description: 'Newsroom of the programme to protect children online.',
    missingTitle: 'Page not found',
    missingBody: 'The page you are looking for is not here. The address may be mistyped, or the content may have moved.',
    goHome: 'Go to the home page',
    trySearch: 'Search the site',
    commentReceived: 'Thank you. Your comment was received and waits for moderation.',
    pressRoomLink: 'Press room: accreditation and sign-in',
    pathNotUtf8: 'The path holds percent-escapes that are not UTF-8.',
    pathControlCharacter: 'The path holds a control character such as NUL.',
  },
})
