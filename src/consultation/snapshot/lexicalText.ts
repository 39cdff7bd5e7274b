type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

/**
 * The plain words of a Lexical document, one line per paragraph or list item. Diffs,
 * search and the CSV report work on this, so formatting alone never counts as a change.
 */
export function lexicalText(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return typeof value === 'string' ? value : ''
  const lines: string[] = []
  let line = ''
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') line += node.text
    if (node.type === 'linebreak') line += '\n'
    for (const child of node.children ?? []) walk(child)
    if (node.type && BLOCKS.has(node.type) && node.type !== 'list' && line.trim()) {
      lines.push(line.trim())
      line = ''
    }
  }
  walk((value as { root: LexicalNode }).root)
  if (line.trim()) lines.push(line.trim())
  return lines.join('\n').normalize('NFC')
}
