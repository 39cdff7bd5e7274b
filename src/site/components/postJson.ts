/** How long a form waits for the server before it tells the reader and offers to try again. */
export const PATIENCE_MS = 10_000

export type PostOutcome = { kind: 'answered'; response: Response } | { kind: 'noAnswer' } | { kind: 'offline' }

/**
 * Posts a form's JSON from the browser in the page's language (so every refusal reads in the
 * reader's language), and gives up after PATIENCE_MS: a form must never sit on "sending…"
 * with nothing said. The reader learns whether the server did not answer in time or could
 * not be reached, and may send again.
 */
export async function postJson(url: string, body: unknown, lang: string, patienceMs = PATIENCE_MS): Promise<PostOutcome> {
  const patience = new AbortController()
  const timer = setTimeout(() => patience.abort(), patienceMs)
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify(body),
      signal: patience.signal,
    })
    return { kind: 'answered', response }
  } catch {
    return { kind: patience.signal.aborted ? 'noAnswer' : 'offline' }
  } finally {
    clearTimeout(timer)
  }
}
