import type { Endpoint } from 'payload'

import { handleDashboard } from '../programme/http/handleDashboard'
import { handleReport } from '../programme/http/handleReport'

/** `GET /api/programme/dashboard`: see src/programme/http/handleDashboard.ts and the README. */
export const programmeDashboardEndpoint: Endpoint = { path: '/programme/dashboard', method: 'get', handler: handleDashboard }

/** `GET /api/programme/report`: see src/programme/http/handleReport.ts and the README. */
export const programmeReportEndpoint: Endpoint = { path: '/programme/report', method: 'get', handler: handleReport }
