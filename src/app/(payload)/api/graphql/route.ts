/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refuseUnreadableBody } from '@/graphql/refuseUnreadableBody'

// A body that is not JSON gets 400 here: Payload's handler would answer it with 500.
export const POST = refuseUnreadableBody(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
