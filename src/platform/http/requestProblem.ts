/** What is wrong with one request parameter: the 400 names it, says why, and keeps a stable code. */
export type RequestProblem = { field: string; code: 'invalid_parameter' | 'invalid_id' | 'invalid_body'; message: string }

export const problem = (field: string, message: string, code: RequestProblem['code'] = 'invalid_parameter'): RequestProblem => ({ field, code, message })
