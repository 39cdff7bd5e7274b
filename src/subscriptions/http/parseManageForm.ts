import type { ContentType } from '@/content/contentTypes'
import type { Frequency } from '../constants'
import { parseSubscribeRequest } from '../parseSubscribeRequest'
import type { PreferenceField } from './pageCopy'

export type Preferences = {
  name: string | null
  outlet: string | null
  locale: 'vi' | 'en'
  frequency: Frequency
  topics: string[]
  contentTypes: ContentType[]
}

/** What the form sent, as text, to show again beside an error. */
export type SubmittedPreferences = { name: string; outlet: string; locale: string; frequency: string; topics: string[]; contentTypes: string[] }

export const submittedOf = (form: URLSearchParams): SubmittedPreferences => ({
  name: form.get('name') ?? '',
  outlet: form.get('outlet') ?? '',
  locale: form.get('locale') ?? '',
  frequency: form.get('frequency') ?? '',
  topics: form.getAll('topics'),
  contentTypes: form.getAll('contentTypes'),
})

// The address is not edited on this page; a stand-in lets the subscribe rules check the rest.
const STAND_IN_ADDRESS = 'subscriber@example.org'

/**
 * Checks the manage form (urlencoded) with the same rules as `POST /api/v1/subscriptions`:
 * the same limits, the same CR/LF stripping of name and outlet. An empty name or outlet
 * clears it.
 */
export function parseManageForm(form: URLSearchParams): { ok: true; value: Preferences } | { ok: false; field: PreferenceField; message: string } {
  const submitted = submittedOf(form)
  const parsed = parseSubscribeRequest({ ...submitted, email: STAND_IN_ADDRESS, campaigns: [] })
  if (!parsed.ok) return { ok: false, field: parsed.field as PreferenceField, message: parsed.message }
  const { name, outlet, locale, frequency, topics, contentTypes } = parsed.value
  return { ok: true, value: { name: name ?? null, outlet: outlet ?? null, locale, frequency, topics, contentTypes } }
}
