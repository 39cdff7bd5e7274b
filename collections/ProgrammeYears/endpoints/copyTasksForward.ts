import type { Endpoint } from 'payload'

import { handleCopyTasksForward } from '@/programme/http/handleCopyTasksForward'

/** `POST /api/programme-years/copy-forward` with `{ fromYear, toYear, decisionNumber, reportDue }`: admins only. */
export const copyTasksForwardEndpoint: Endpoint = { path: '/copy-forward', method: 'post', handler: handleCopyTasksForward }
