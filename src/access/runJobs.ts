import { hasRole } from './roles'

/**
 * Who may run, queue or cancel jobs over HTTP (`/api/payload-jobs/run`, `/handle-schedules`):
 * admins only. The app's own workers (autoRun and `payload.jobs.*` calls in code) use the
 * Local API, which skips this check, so agencies and editors never reach the queue.
 */
export const mayRunJobs = ({ req }: { req: { user?: unknown } }): boolean => hasRole(req.user as Parameters<typeof hasRole>[0], 'admin')
