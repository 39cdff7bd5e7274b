/** Field validators that return Payload's "true or a message" shape. */

export const validateHttpUrl = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Must be an http(s) URL.'
  } catch {
    return 'Must be a full URL, such as https://example.vn/page.'
  }
}

export const validateEndNotBeforeStart = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
  const start = siblingData.startDate
  if (!value || !start) return true
  return new Date(String(value)).getTime() >= new Date(String(start)).getTime() ? true : 'The end date cannot be before the start date (field: endDate).'
}

export const validatePhone = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  return /^\+?[0-9 ().-]{3,20}$/.test(String(value)) ? true : 'Must be a phone number, such as 111 or +84 24 1234 5678.'
}

export const validateEmail = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value)) ? true : 'Must be an email address.'
}
