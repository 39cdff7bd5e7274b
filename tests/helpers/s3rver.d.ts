// @20minutes/s3rver ships no types; the test fixture uses this much of it.
declare module '@20minutes/s3rver' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  type Options = { silent?: boolean; directory: string; configureBuckets?: Array<{ name: string }> }
  export default class S3rver {
    constructor(options: Options)
    configureBuckets(): Promise<void>
    callback(): (request: IncomingMessage, response: ServerResponse) => void
  }
}
