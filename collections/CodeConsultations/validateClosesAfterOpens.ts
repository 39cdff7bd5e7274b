import { wordsFor } from '../editorial/validators'

export const validateClosesAfterOpens = (
  value: unknown,
  options: { siblingData: Record<string, unknown>; req?: { i18n?: { language?: string } } },
): true | string => {
  const { siblingData } = options
  if (!value) return wordsFor(options).closesAtRequired
  const opens = siblingData.opensAt
  if (!opens) return true
  return new Date(String(value)).getTime() > new Date(String(opens)).getTime() ? true : wordsFor(options).closesAfterOpens
}
