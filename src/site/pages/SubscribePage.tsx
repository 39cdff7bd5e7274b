import React from 'react'

import type { Topic } from '../../../payload-types'
import { deliveryPayload } from '@/deliveryPayload'
import { CONSENT_TEXT } from '@/subscriptions/constants'
import { SubscribeForm } from '../components/SubscribeForm'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import { type Lang } from '@/i18n/lang'

const COPY = {
  vi: {
    title: 'Nhận tin qua email',
    intro: 'Nhận bài viết, chiến dịch và tài liệu họp báo mới của Chương trình qua email: ngay khi đăng, hoặc bản tin hằng ngày, hằng tuần.',
    manage:
      'Mỗi thư đều có liên kết để thay đổi lựa chọn hoặc huỷ đăng ký bằng một lần bấm. Đã đăng ký và mất liên kết? Nhập lại địa chỉ của bạn ở trên: chúng tôi gửi cho bạn liên kết tới trang quản lý đăng ký.',
    feeds: 'Bạn cũng có thể theo dõi qua',
  },
  en: {
    title: 'Get news by email',
    intro: 'Receive the programme’s new articles, campaigns and briefing packs by email: as they are published, or as a daily or weekly digest.',
    manage:
      'Every mail has a link to change your choices or to unsubscribe in one click. Already subscribed and lost the link? Enter your address above: we mail you a link to your subscription’s settings.',
    feeds: 'You can also follow the',
  },
} as const

/** Subscribe to the programme's mail (double opt-in, through the email issue's flow). */
export async function SubscribePage({ lang }: { lang: Lang }) {
  const payload = await deliveryPayload()
  const { docs } = await payload.find({ collection: 'topics', locale: lang, depth: 0, limit: 100, sort: 'name', overrideAccess: false })
  const copy = COPY[lang]
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', '/subscribe')}>
      <h1>{copy.title}</h1>
      <p className="lead">{copy.intro}</p>
      <SubscribeForm lang={lang} topics={(docs as Topic[]).map((topic) => ({ value: String(topic.slug), label: topic.name }))} consent={CONSENT_TEXT[lang]} />
      <p>{copy.manage}</p>
      <p>
        {copy.feeds} <a href={`/feeds/${lang}/atom.xml`}>Atom</a>, <a href={`/feeds/${lang}/rss.xml`}>RSS</a>,{' '}
        <a href={`/feeds/${lang}/feed.json`}>JSON Feed</a>.
      </p>
    </SiteShell>
  )
}
