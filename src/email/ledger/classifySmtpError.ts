import type { SendOutcome } from './settleDelivery'

/** SMTP 5xx is permanent (a bounce), 4xx and network trouble are temporary (retry later). */
export function classifySmtpError(error: unknown): Extract<SendOutcome, { kind: 'temporary' | 'permanent' }> {
  const err = error as { responseCode?: number; code?: string; message?: string }
  const code = typeof err.responseCode === 'number' ? err.responseCode : undefined
  const message = `${code ? `${code} ` : ''}${err.code ?? ''} ${(err.message ?? 'send failed').replace(/\s+/g, ' ')}`.trim()
  return code !== undefined && code >= 500 ? { kind: 'permanent', error: message } : { kind: 'temporary', error: message }
}
