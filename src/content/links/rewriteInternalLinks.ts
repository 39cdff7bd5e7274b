import { resolveInternalLink, type LinkReader, type PublicTargets } from './resolveInternalLink'

type LexicalNode = { type?: string; fields?: Record<string, unknown>; children?: LexicalNode[]; [key: string]: unknown }

function rewriteChildren(children: LexicalNode[], targets: PublicTargets, reader: LinkReader): LexicalNode[] {
  return children.flatMap((node) => rewriteNode(node, targets, reader))
}

function rewriteNode(node: LexicalNode, targets: PublicTargets, reader: LinkReader): LexicalNode[] {
  const children = Array.isArray(node.children) ? rewriteChildren(node.children, targets, reader) : undefined
  const withChildren = children ? { ...node, children } : { ...node }
  if (node.type !== 'link' || node.fields?.linkType !== 'internal') return [withChildren]
  const href = resolveInternalLink(node.fields, targets, reader)
  // Not public now: the words stay, the link (and with it the slug and the id) goes.
  if (!href) return children ?? []
  const { doc: _target, ...fields } = node.fields
  return [{ ...withChildren, fields: { ...fields, linkType: 'custom', url: href } }]
}

/**
 * A copy of a Lexical document in which every internal link is settled for one reader:
 * a plain link to the target's public page, or, for a target that is not public, just its
 * text. Every renderer (HTML for pages, ninjs and feeds; plain text for search) then
 * treats it as ordinary content. The stored document is left as it is.
 */
export function rewriteInternalLinks<T>(value: T, targets: PublicTargets, reader: LinkReader): T {
  if (!value || typeof value !== 'object' || !('root' in value)) return value
  const root = (value as { root: LexicalNode }).root
  const [rewritten] = rewriteNode(root, targets, reader)
  return { ...value, root: rewritten ?? { ...root, children: [] } } as T
}
