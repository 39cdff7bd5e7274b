import { identityNow } from '@/content/settings/identityNow'
import type { Lang } from '@/i18n/lang'
import { syndicationMessages } from '@/i18n/messages/syndication'

/** Who holds the rights in the programme's content: the ministry's organisation, else its programme, from Site identity. */
export const copyrightHolder = (lang: Lang): string => {
  const identity = identityNow(lang)
  return identity.organisation ?? identity.programme
}

/** The terms every agency takes the programme's content under, unless an image says otherwise. */
export const usageTerms = (lang: Lang): string => syndicationMessages[lang].usageTerms(copyrightHolder(lang))
