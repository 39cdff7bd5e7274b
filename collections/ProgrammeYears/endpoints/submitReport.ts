import type { Endpoint } from 'payload'

import { handleSubmitReport } from '@/programme/http/handleSubmitReport'

/** `POST /api/programme-years/{id}/submit`: marks the report submitted and freezes a copy. */
export const submitReportEndpoint: Endpoint = { path: '/:id/submit', method: 'post', handler: handleSubmitReport }
