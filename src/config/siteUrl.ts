/** The public origin used in every absolute link the app sends out (mails, feeds). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SITE_URL?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  return `http://localhost:${env.PORT || 3000}`
}
