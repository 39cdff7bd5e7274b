/** The parts of an IPTC ninjs 3.x item this newsroom produces. */
export type NinjsRendition = {
  name: string
  href: string
  contentType?: string
  width?: number
  height?: number
  sizeInBytes?: number
}

export type NinjsItem = {
  uri: string
  type: 'text' | 'composite' | 'picture'
  profile?: string
  version?: string
  firstCreated?: string
  versionCreated?: string
  embargoedUntil?: string
  pubStatus?: 'usable' | 'withheld' | 'canceled'
  /** For the receiving editors: why the item was withdrawn, or what a major update changed. */
  edNote?: string
  urgency?: number
  language?: string
  slugline?: string
  by?: string
  usageTerms?: string
  copyrightHolder?: string
  headlines?: Array<{ role?: string; value: string }>
  descriptions?: Array<{ role?: string; contentType?: string; value: string }>
  bodies?: Array<{ role?: string; contentType?: string; value: string }>
  subjects?: Array<{ name?: string; uri?: string; rel?: string }>
  genres?: Array<{ name?: string; uri?: string }>
  altIds?: Array<{ role?: string; value: string }>
  renditions?: NinjsRendition[]
  associations?: Array<NinjsItem & { name?: string }>
}
