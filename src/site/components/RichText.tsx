import React from 'react'

import { richTextHtml } from '@/content/richText/richTextHtml'

/** Lexical content as HTML. The converter escapes text and sanitises link URLs. */
export function RichText({ value, className }: { value: unknown; className?: string }) {
  const html = richTextHtml(value)
  if (!html) return null
  return <div className={className ?? 'rich-text'} dangerouslySetInnerHTML={{ __html: html }} />
}
