import type { Endpoint } from 'payload'

import { handleDashboard } from '../programme/http/handleDashboard'

/** `GET /api/programme/dashboard`: see src/programme/http/handleDashboard.ts and the README. */
export const programmeDashboardEndpoint: Endpoint = { path: '/programme/dashboard', method: 'get', handler: handleDashboard }
