import type { Payload } from 'payload'

import { feed } from '../helpers/delivery'
import { rest } from '../helpers/rest'

const LISTS = ['articles', 'campaigns', 'briefing-packs', 'media', 'topics', 'audiences', 'conduct-codes', 'code-revisions', 'code-comments']

/** What an anonymous reader gets from every list and feed, as one string to compare before and after. */
export async function publicSnapshot(payload: Payload): Promise<string> {
  const parts: string[] = []
  for (const slug of LISTS) {
    const response = await rest('GET', `/${slug}?limit=1000&depth=0&sort=id`)
    parts.push(`${slug} ${response.status} ${JSON.stringify(response.body)}`)
  }
  for (const path of ['/vi/feed.json', '/en/feed.json']) {
    const response = await feed(payload, path)
    parts.push(`${path} ${response.status} ${response.text}`)
  }
  return parts.join('\n')
}
