import { readLinkTarget, targetKey, type LinkTarget } from './readLinkTarget'

type LexicalNode = { type?: string; fields?: unknown; children?: LexicalNode[] }

/** Every item the internal links of these Lexical documents point to, each once. */
export function collectLinkTargets(...values: unknown[]): LinkTarget[] {
  const found = new Map<string, LinkTarget>()
  const walk = (node: LexicalNode) => {
    if (node.type === 'link') {
      const target = readLinkTarget(node.fields)
      if (target) found.set(targetKey(target), target)
    }
    for (const child of node.children ?? []) walk(child)
  }
  for (const value of values) {
    const root = value && typeof value === 'object' ? (value as { root?: LexicalNode }).root : undefined
    if (root) walk(root)
  }
  return [...found.values()]
}
