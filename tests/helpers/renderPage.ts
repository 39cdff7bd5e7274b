import type { ReactElement } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'

/** A page's whole HTML, waiting for its async parts (the site's frame loads the identity) as Next.js does. */
export async function renderPage(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element)
  let html = ''
  for await (const chunk of prelude) html += chunk
  return html
}
