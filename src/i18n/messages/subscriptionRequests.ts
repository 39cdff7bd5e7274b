import { defineMessages } from '../defineMessages'

/**
 * Why `POST /api/v1/subscriptions` refuses a body, in the client's language; the error's
 * `code` and `field` are the same in both.
 */
export const subscriptionRequestMessages = defineMessages({
  vi: {
    accepted:
      'Nếu địa chỉ này nhận được thư, một thư đang được gửi tới: hãy mở đường dẫn trong thư để xác nhận. Yêu cầu lại trong vòng một phút sẽ không gửi thêm thư.',
    body: 'Nội dung gửi lên phải là một đối tượng JSON, ví dụ {"email":"ten@bao.vn","locale":"vi","frequency":"daily"}.',
    email: '`email` phải là một địa chỉ email, ví dụ ten@bao.vn.',
    locale: '`locale` phải là vi hoặc en.',
    frequency: '`frequency` phải là immediate, daily hoặc weekly.',
    text: (field: string) => `\`${field}\` phải là văn bản.`,
    tooLong: (field: string, max: number) => `\`${field}\` dài tối đa ${max} ký tự.`,
    slugList: (field: string, max: number) => `\`${field}\` phải là một danh sách tối đa ${max} slug.`,
    notSlug: (field: string, value: string) => `\`${field}\` có "${value}", đây không phải slug (chữ thường không dấu, chữ số và dấu gạch ngang).`,
    contentTypes: '`contentTypes` phải là một danh sách gồm article, campaign và briefing-pack.',
    unknownTopic: (slug: string) => `Không có chủ đề "${slug}".`,
    unknownCampaign: (slug: string) => `Không có chiến dịch "${slug}".`,
  },
  en: {
    accepted: 'If the address can receive mail, a message is on its way: follow its link to confirm. Asking again within a minute sends no second message.',
    body: 'The body must be a JSON object such as {"email":"ten@bao.vn","locale":"vi","frequency":"daily"}.',
    email: '`email` must be an email address such as ten@bao.vn.',
    locale: '`locale` must be vi or en.',
    frequency: '`frequency` must be immediate, daily or weekly.',
    text: (field: string) => `\`${field}\` must be text.`,
    tooLong: (field: string, max: number) => `\`${field}\` is at most ${max} characters.`,
    slugList: (field: string, max: number) => `\`${field}\` must be a list of at most ${max} slugs.`,
    notSlug: (field: string, value: string) => `\`${field}\` holds "${value}", which is not a slug (lower-case letters, digits and hyphens).`,
    contentTypes: '`contentTypes` must be a list of article, campaign and briefing-pack.',
    unknownTopic: (slug: string) => `Unknown topic "${slug}".`,
    unknownCampaign: (slug: string) => `Unknown campaign "${slug}".`,
  },
})
