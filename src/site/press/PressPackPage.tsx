import { notFound, redirect } from 'next/navigation'
import React from 'react'

import { pressPath } from '@/press/http/pressPaths'
import { BriefingPackPage } from '../pages/BriefingPackPage'
import { pressPackData } from './pressData'
import '../press.css'
import { type Lang } from '@/i18n/lang'

/** `/press/briefing-packs/{slug}`: the pack as the signed-in journalist may read it, embargo banner included. */
export async function PressPackPage({ lang, slug }: { lang: Lang; slug: string }) {
  const opened = await pressPackData(slug, lang)
  if (opened.status === 'signed-out') redirect(pressPath(lang, '/sign-in'))
  if (opened.status !== 'ok') notFound()
  return <BriefingPackPage lang={lang} pack={opened.value} pathPrefix="/press" />
}
