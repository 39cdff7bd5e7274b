/**
 * Why a request is refused, as a message key and its values. The words come from the
 * language layer (src/i18n/messages/requestChecks.ts), in the language the client asks for.
 */
export type RequestProblemReasons = {
  text: { at: string }
  textList: { at: string }
  number: { at: string }
  boolean: { at: string }
  fieldsObject: { at: string }
  relation: { at: string; many: boolean }
  polymorphicRelation: { at: string; collections: string; many: boolean }
  rows: { at: string }
  wholeNumber: { name: string; min: number; max: number }
  sort: Record<string, never>
  select: Record<string, never>
  selectName: { key: string }
  choice: { name: string; allowed: string }
  json: { name: string }
  operatorNeeded: { at: string; path: string }
  singleValue: { at: string }
  valueKind: { at: string; expected: ExpectedValue }
  valueList: { at: string }
  valueListKind: { at: string; expected: ExpectedValue }
  unknownOperator: { operator: string }
  conditions: { at: string }
  conditionList: { at: string }
  tooDeep: { max: number }
  tooMany: { max: number }
  noVersions: { slug: string }
  id: { value: string }
  repeated: { name: string }
  bodyObject: Record<string, never>
  nul: { at: string }
  status: Record<string, never>
  multipart: Record<string, never>
}

/** What a `where` value must be, for the column it compares. */
export type ExpectedValue = { kind: 'id' } | { kind: 'enum'; options: string } | { kind: 'date' } | { kind: 'number' }

export type RequestReason = { [K in keyof RequestProblemReasons]: { key: K; params: RequestProblemReasons[K] } }[keyof RequestProblemReasons]

/** What is wrong with one request parameter: the 400 names it, says why, and keeps a stable code. */
export type RequestProblem = { field: string; code: 'invalid_parameter' | 'invalid_id' | 'invalid_body'; reason: RequestReason }

export const problem = <K extends keyof RequestProblemReasons>(
  field: string,
  key: K,
  params: RequestProblemReasons[K],
  code: RequestProblem['code'] = 'invalid_parameter',
): RequestProblem => ({
  field,
  code,
  reason: { key, params } as RequestReason,
})
