import type { RenderedMail } from '@/email/templates/types'
import type { JournalistStatus } from '../journalistStatuses'
import { renderPressMail } from './renderPressMail'
import { type Lang } from '@/i18n/lang'

type Options = { locale: Lang; status: JournalistStatus; signInUrl: string; siteUrl: string }

const STATUS_LINE: Record<Lang, Record<JournalistStatus, string>> = {
  vi: {
    pending: 'Đề nghị trước đó của địa chỉ này đang chờ cán bộ báo chí xem xét; bạn sẽ nhận thư báo kết quả.',
    accredited: 'Địa chỉ này đã được cấp quyền: bạn có thể đăng nhập phòng báo chí ngay.',
    refused: 'Đề nghị trước đó của địa chỉ này đã bị từ chối. Nếu có thay đổi, vui lòng liên hệ bộ phận báo chí của chương trình.',
    revoked: 'Quyền truy cập của địa chỉ này đã bị thu hồi. Vui lòng liên hệ bộ phận báo chí của chương trình.',
  },
  en: {
    pending: 'An earlier request from this address is waiting for a press officer; you will get an email with the decision.',
    accredited: 'This address is already accredited: you can sign in to the press room now.',
    refused: 'An earlier request from this address was refused. If something has changed, please contact the programme’s press office.',
    revoked: 'The accreditation of this address was revoked. Please contact the programme’s press office.',
  },
}

/**
 * What the owner of an address already on file gets when someone asks again with it. The
 * form answers every request alike, so only the address's owner learns that it was known.
 */
export function renderAccreditationKnownMail({ locale, status, signInUrl, siteUrl }: Options): RenderedMail {
  const en = locale === 'en'
  return renderPressMail({
    locale,
    siteUrl,
    subject: en ? 'Your press room accreditation request' : 'Về đề nghị cấp quyền vào phòng báo chí',
    paragraphs: [
      en
        ? 'Someone (probably you) asked for press room accreditation with this email address, which we already have on file, so nothing was changed.'
        : 'Có người (có thể là bạn) vừa đề nghị cấp quyền vào phòng báo chí bằng địa chỉ email này. Địa chỉ này đã có trong hồ sơ nên chúng tôi không thay đổi gì.',
      STATUS_LINE[locale][status],
    ],
    button: status === 'accredited' ? { url: signInUrl, label: en ? 'Sign in' : 'Đăng nhập' } : undefined,
    note: en ? 'If this was not you, ignore this email.' : 'Nếu không phải bạn, hãy bỏ qua thư này.',
  })
}
