/** PostgreSQL's `integer`, the type of every serial id: a larger number fails in the database as a 500. */
export const MAX_DATABASE_ID = 2_147_483_647

/**
 * A document id from a path, a query or a token: a whole number from 1 to 2147483647 written
 * in plain digits (no sign, exponent, fraction or leading zero), or null for anything else.
 */
export function parsePathId(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_DATABASE_ID ? value : null
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return null
  const id = Number(value)
  return id <= MAX_DATABASE_ID ? id : null
}
