export type RenderedMail = { subject: string; text: string; html: string }

export type MailLinks = { manageUrl: string; unsubscribeUrl: string; siteUrl: string }

export type MailItem = {
  title: string
  summary?: string
  url: string // absolute public page of the item
  type: 'article' | 'campaign' | 'briefing-pack'
  publishedAt: string // ISO 8601 of this version
  updated: boolean // true: a material update of an item already published
  changeNote?: string // public note of what changed, when updated
}
