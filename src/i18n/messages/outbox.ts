import { defineMessages } from '../defineMessages'

/** The outbox: where mail waits when the newsroom sends none. */
export const outboxMessages = defineMessages({
  vi: {
    relaying: 'Thư đang được gửi đi qua máy chủ thư của cơ quan. Hộp thư này chỉ còn giữ những thư từ trước khi máy chủ thư được kết nối.',
    keeping:
      'Phòng tin chưa được nối với máy chủ thư, nên thư không được gửi đi: mọi thư được giữ lại ở đây để bạn đọc và kiểm tra. Hãy nhờ quản trị hệ thống kết nối máy chủ thư trước khi mời người nhận thật.',
    empty: 'Chưa có thư nào.',
    date: 'Thời gian',
    to: 'Người nhận',
    subject: 'Tiêu đề',
    noSubject: '(không tiêu đề)',
    title: 'Hộp thư đi',
    adminsOnly: 'Chỉ quản trị viên được xem hộp thư đi.',
    notFound: 'Không tìm thấy thư.',
    back: '← Quay lại hộp thư đi',
    textPart: 'Nội dung văn bản',
    htmlPart: 'Nội dung HTML',
  },
  en: {
    relaying: "Mail is being sent through the organisation's mail server. This box only keeps messages from before the mail server was connected.",
    keeping:
      'The newsroom is not connected to a mail server, so no mail leaves it: every message is kept here for you to read and check. Ask your system administrator to connect a mail server before inviting real recipients.',
    empty: 'No messages yet.',
    date: 'Date',
    to: 'To',
    subject: 'Subject',
    noSubject: '(no subject)',
    title: 'Outbox',
    adminsOnly: 'Only admins may read the outbox.',
    notFound: 'Message not found.',
    back: '← Back to the outbox',
    textPart: 'Text part',
    htmlPart: 'HTML part',
  },
})
