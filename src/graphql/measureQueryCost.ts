import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql'

/** What one GraphQL document would cost to answer, worked out from its text alone. */
export type QueryCost = {
  /** Every field counts, each alias and each spread of a fragment again; see FIELD_COST. */
  cost: number
  /** The deepest nesting of fields, with fragments expanded where they are spread. */
  depth: number
  /** The longest chain of fragments spread inside fragments. */
  fragmentNesting: number
  /** The name of a fragment that spreads itself, directly or through others. */
  fragmentCycle: string | null
}

/**
 * A field that selects sub-fields stands for a database query (a collection, a relationship,
 * an upload), so it weighs ten times a plain value, as Payload's own estimator does for
 * relationships. Aliases are fields like any other: `a: Articles b: Articles` is two queries.
 * Introspection (`__schema`, `__type` and all below them) is answered from memory, so every
 * field there weighs one: the standard introspection query then fits, ten copies of it do not.
 */
export const FIELD_COST = { leaf: 1, object: 10, introspection: 1 } as const

const isIntrospection = (name: string): boolean => name.startsWith('__') && name !== '__typename'

type Part = { cost: number; depth: number; fragmentNesting: number }
const NOTHING: Part = { cost: 0, depth: 0, fragmentNesting: 0 }

/**
 * Measures a parsed document without executing or validating it. Each fragment is measured
 * once and its figure reused at every spread, so fragments that double at every level cost
 * linear time to measure while their figure grows as the answer would. Unknown fragments
 * count nothing: validation reports them.
 */
export function measureQueryCost(document: DocumentNode): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const measured = new Map<string, Part>()
  const open = new Set<string>()
  let fragmentCycle: string | null = null

  // A fragment weighs differently inside and outside introspection: measured once for each.
  const ofFragment = (name: string, meta: boolean): Part => {
    const key = `${meta}:${name}`
    const known = measured.get(key)
    if (known) return known
    const fragment = fragments.get(name)
    if (!fragment) return NOTHING
    if (open.has(key)) {
      fragmentCycle ??= name
      return NOTHING
    }
    open.add(key)
    const part = ofSelections(fragment.selectionSet, meta)
    open.delete(key)
    measured.set(key, part)
    return part
  }

  const fieldCost = (hasSelections: boolean, meta: boolean): number => (meta ? FIELD_COST.introspection : hasSelections ? FIELD_COST.object : FIELD_COST.leaf)

  const ofSelections = (set: SelectionSetNode, meta: boolean): Part => {
    let cost = 0
    let depth = 0
    let fragmentNesting = 0
    for (const selection of set.selections) {
      let part: Part
      if (selection.kind === Kind.FIELD) {
        const innerMeta = meta || isIntrospection(selection.name.value)
        const inner = selection.selectionSet ? ofSelections(selection.selectionSet, innerMeta) : NOTHING
        part = { cost: fieldCost(Boolean(selection.selectionSet), innerMeta) + inner.cost, depth: 1 + inner.depth, fragmentNesting: inner.fragmentNesting }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        part = ofSelections(selection.selectionSet, meta)
      } else {
        const spread = ofFragment(selection.name.value, meta)
        part = { ...spread, fragmentNesting: spread.fragmentNesting + 1 }
      }
      cost += part.cost
      depth = Math.max(depth, part.depth)
      fragmentNesting = Math.max(fragmentNesting, part.fragmentNesting)
      if (fragmentCycle) break
    }
    return { cost, depth, fragmentNesting }
  }

  let cost = 0
  let depth = 0
  let fragmentNesting = 0
  try {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const part = ofSelections(definition.selectionSet, false)
      cost += part.cost
      depth = Math.max(depth, part.depth)
      fragmentNesting = Math.max(fragmentNesting, part.fragmentNesting)
      if (fragmentCycle) break
    }
  } catch (error) {
    // A chain of fragments too long to follow on the stack is too costly by definition.
    if (!(error instanceof RangeError)) throw error
    return { cost: Number.POSITIVE_INFINITY, depth: Number.POSITIVE_INFINITY, fragmentNesting: Number.POSITIVE_INFINITY, fragmentCycle }
  }
  return { cost, depth, fragmentNesting, fragmentCycle }
}
