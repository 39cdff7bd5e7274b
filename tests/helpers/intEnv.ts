import { inject } from 'vitest'

// Set before any test imports payload.config.ts, which reads them once.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.DATA_DIR = inject('dataDir')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.SITE_URL = 'http://newsroom.test'
delete process.env.SMTP_URL
process.env.LOG_LEVEL ??= 'fatal'
process.env.JOBS_AUTORUN = 'false'
process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
