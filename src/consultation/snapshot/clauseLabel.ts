import { romanNumeral } from './romanNumeral'
import { type Lang } from '@/i18n/lang'

type Place = { chapter: number; article: number; clause: number }

/** "Chương I, Điều 1, Khoản 2" / "Chapter I, Article 1, clause 2". */
export function clauseLabel(place: Place, lang: Lang): string {
  return lang === 'vi'
    ? `Chương ${romanNumeral(place.chapter)}, Điều ${place.article}, Khoản ${place.clause}`
    : `Chapter ${romanNumeral(place.chapter)}, Article ${place.article}, clause ${place.clause}`
}

/** The HTML id a clause is linked to by, in every revision: its stable key. */
export const clauseAnchor = (key: string): string => `clause-${key}`
