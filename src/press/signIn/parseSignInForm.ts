import { isPlausibleEmail, normaliseEmail } from '@/platform/email/normaliseEmail'

/** The sign-in form has one field; a refusal names it, as every form of the press room does. */
export function parseSignInForm(
  form: URLSearchParams,
): { ok: true; email: string } | { ok: false; field: 'email'; problem: 'missing' | 'invalid'; message: string } {
  const email = normaliseEmail(form.get('email') ?? '')
  if (!email) return { ok: false, field: 'email', problem: 'missing', message: '`email` is required.' }
  if (!isPlausibleEmail(email)) return { ok: false, field: 'email', problem: 'invalid', message: '`email` must be an email address such as ten@bao.vn.' }
  return { ok: true, email }
}
