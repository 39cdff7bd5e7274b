import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Agencies } from './collections/Agencies'
import { Articles } from './collections/Articles'
import { Audiences } from './collections/Audiences'
import { AuditLog } from './collections/AuditLog'
import { BriefingPacks } from './collections/BriefingPacks'
import { Campaigns } from './collections/Campaigns'
import { CodeComments } from './collections/CodeComments'
import { CodeConsultations } from './collections/CodeConsultations'
import { CodeRevisions } from './collections/CodeRevisions'
import { ConductCodes } from './collections/ConductCodes'
import { DeliveryChanges } from './collections/DeliveryChanges'
import { DigestRuns } from './collections/DigestRuns'
import { Institutions } from './collections/Institutions'
import { Journalists } from './collections/Journalists'
import { MailDeliveries } from './collections/MailDeliveries'
import { Media } from './collections/Media'
import { mediaStorage } from './collections/Media/mediaStorage'
import { ProgrammeObjectives } from './collections/ProgrammeObjectives'
import { ProgrammeTasks } from './collections/ProgrammeTasks'
import { ProgrammeYears } from './collections/ProgrammeYears'
import { Subscribers } from './collections/Subscribers'
import { Topics } from './collections/Topics'
import { SiteSettings } from './collections/SiteSettings'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { closeSystemCollections } from './src/access/closeSystemCollections'
import { mayRunJobs } from './src/access/runJobs'
import { ConfigError } from './src/config/ConfigError'
import { localMediaDir } from './src/config/paths'
import { s3StorageSettings } from './src/config/s3Storage'
import { resolvePayloadSecret } from './src/config/secret'
import { siteUrl } from './src/config/siteUrl'
import { NEWSROOM_TIMEZONE, SUPPORTED_TIMEZONES } from './src/config/timezones'
import { maxUploadBytes } from './src/config/uploadLimit'
import { databaseReplicaUrls } from './src/config/databaseReplicas'
import { replicaMaxLagMs } from './src/config/replicaMaxLag'
import { jobsAutoRun } from './src/config/jobsAutoRun'
import { guardPoolErrors } from './src/db/guardPoolErrors'
import { installReadReplicas } from './src/db/readReplicas'
import { keepIdentityFresh } from './src/content/settings/identityNow'
import { arrayRowLabels } from './src/i18n/arrayRowLabels'
import type { ChangeLogCustom } from './src/delivery/changes/announceChanges'
import { planMailForChanges } from './src/email/planMailForChanges'
import { dayFirstDates } from './src/i18n/dayFirstDates'
import { newsroomTranslations } from './src/i18n/admin/payloadTranslations'
import { ADMIN_DATE_FORMAT } from './src/i18n/formatDateTime'
import { createEmailAdapter } from '@/mail/createEmailAdapter'
import { healthEndpoint } from './src/endpoints/health'
import { programmeDashboardEndpoint, programmeReportEndpoint } from './src/endpoints/programme'
import { graphqlValidationRules } from './src/graphql/graphqlValidationRules'
import { sendWebhooksTask } from './src/delivery/webhooks/sendWebhooksTask'
import { sendMailTask } from './src/email/jobs/sendMailTask'
import { publishDueItemsTask } from './src/jobs/publishDueItemsTask'
import { remindReportTask } from './src/programme/jobs/remindReportTask'
import { previewLinkEndpoints } from './src/endpoints/previewLinks'
import { workflowEndpoint, workflowStateEndpoint } from './src/endpoints/workflow'
import { guardEveryCollection } from './src/platform/http/guardEveryCollection'
import { keepReferencedDocuments } from './src/platform/config/keepReferencedDocuments'
import { describeStillReferenced } from './src/i18n/describeStillReferenced'
import { createMediaStore } from './src/platform/storage/createMediaStore'
import type { MediaStoreCustom } from './src/platform/storage/mediaStore'
import { describeRequestProblem } from './src/i18n/describeRequestProblem'
import { describePayloadFallback } from './src/i18n/describePayloadFallback'
import { rewordPayloadFallbacks, UPLOAD_TOO_LARGE } from './src/platform/http/rewordPayloadFallbacks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const JOB_CRONS = [
  { cron: '* * * * *', queue: 'scheduler' },
  { cron: '*/15 * * * * *', queue: 'webhooks' },
  { cron: '* * * * *', queue: 'email' },
]

function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) {
    throw new ConfigError('DATABASE_URL is not set: start the app with `npm start` or `npm run dev`, which start the embedded PostgreSQL, or set DATABASE_URL.')
  }
  return url
}

// Media in S3-compatible storage when the S3_* variables are set, on local disk otherwise.
const s3 = s3StorageSettings()

// Payload adds its system collections while it builds the config; their access is set after,
// and its English fallback answers are reworded in the reader's language.
export default buildConfig({
  serverURL: siteUrl(),
  secret: resolvePayloadSecret().secret,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Campaign Newsroom' },
    // The built-in avatar: Gravatar would tell a third party who uses the newsroom.
    avatar: 'default',
    // Dates are stored in UTC and shown in Viet Nam time.
    timezones: { defaultTimezone: NEWSROOM_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
    // Day first in every date field and list, so 12/02/2026 is 12 February for everyone.
    dateFormat: ADMIN_DATE_FORMAT,
    components: {
      // The ministry's identity from Site identity, not Payload's mark.
      graphics: { Logo: '/src/admin/brand/Logo#Logo', Icon: '/src/admin/brand/Icon#Icon' },
      beforeNavLinks: ['/src/admin/desk/ReviewQueueNavLink#ReviewQueueNavLink'],
      afterNavLinks: ['/src/admin/programme/ProgrammeNavLink#ProgrammeNavLink', '/src/admin/OutboxNavLink#OutboxNavLink'],
      views: {
        // An editor's desk instead of Payload's grid of collections.
        dashboard: { Component: '/src/admin/desk/EditorsDeskView#EditorsDeskView' },
        outbox: { Component: '/src/admin/OutboxView#OutboxView', path: '/outbox' },
        reviewQueue: { Component: '/src/admin/workflow/ReviewQueueView#ReviewQueueView', path: '/review-queue' },
        programme: { Component: '/src/admin/programme/ProgrammeDashboardView#ProgrammeDashboardView', path: '/programme' },
      },
    },
  },
  custom: {
    // Who listens to the change log, in each change's transaction: mail alerts and notices.
    changeListeners: [planMailForChanges],
    // Where media files are read from (the file endpoint, bundles, the OpenGraph card).
    mediaStore: createMediaStore(s3, localMediaDir()),
  } satisfies ChangeLogCustom & MediaStoreCustom,
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    // The admin's own words (workflow, desk, audit, outbox, tools), read with `t('newsroom:…')`.
    translations: newsroomTranslations,
  },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  collections: [
    Campaigns,
    Articles,
    BriefingPacks,
    ConductCodes,
    CodeRevisions,
    CodeConsultations,
    CodeComments,
    Media,
    Topics,
    Audiences,
    Users,
    AuditLog,
    Institutions,
    ProgrammeYears,
    ProgrammeObjectives,
    ProgrammeTasks,
    Agencies,
    WebhookDeliveries,
    DeliveryChanges,
    Subscribers,
    Journalists,
    DigestRuns,
    MailDeliveries,
  ],
  globals: [SiteSettings],
  endpoints: [healthEndpoint, workflowEndpoint, workflowStateEndpoint, programmeDashboardEndpoint, programmeReportEndpoint, ...previewLinkEndpoints],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: databaseUrl() },
    // The schema only ever changes through committed migrations.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  onInit: (payload) => {
    guardPoolErrors(payload)
    // DATABASE_REPLICA_URLS: which reads go to replicas is decided in src/db/readRouting.ts.
    installReadReplicas(payload, databaseReplicaUrls(), replicaMaxLagMs())
    // Mail, feeds and the sender's name read the ministry's identity from here (src/content/settings/identityNow.ts).
    void keepIdentityFresh(payload)
  },
  jobs: {
    tasks: [publishDueItemsTask, sendWebhooksTask, sendMailTask, remindReportTask],
    // On one machine the app instance runs the queue itself; JOBS_AUTORUN=false leaves the
    // queue (scheduling included) to `npm run worker` processes (src/runtime/worker).
    autoRun: () => (jobsAutoRun() ? JOB_CRONS : []),
    shouldAutoRun: () => jobsAutoRun(),
    // Over HTTP, admins only; the app's own autoRun and Local API calls skip these checks.
    access: { run: mayRunJobs, queue: mayRunJobs, cancel: mayRunJobs },
  },
  graphQL: {
    // Cost, depth and fragment cycles, and introspection for staff only in production
    // (Payload's own switch would refuse staff too): src/graphql.
    validationRules: graphqlValidationRules,
    disableIntrospectionInProduction: false,
  },
  email: createEmailAdapter(),
  sharp,
  // Uploads above MAX_UPLOAD_MB are cut off and answered with 413.
  upload: {
    limits: { fileSize: maxUploadBytes() },
    // Payload also caps a whole multipart request, at 50 MB unless told otherwise: it must leave
    // room for the largest file and the form's other fields, or MAX_UPLOAD_MB above 50 is never reached.
    requestSizeLimit: maxUploadBytes() + 2 * 1024 * 1024,
    abortOnLimit: true,
    // Reworded in the reader's language with the limit (src/i18n/describePayloadFallback.ts).
    responseOnLimit: UPLOAD_TOO_LARGE,
  },
  telemetry: false,
  // Storage first: the request checks and the admin's field walkers then see its columns too.
  plugins: [mediaStorage(s3), guardEveryCollection(describeRequestProblem), keepReferencedDocuments(describeStillReferenced), dayFirstDates, arrayRowLabels],
  logger: { options: { level: process.env.LOG_LEVEL || 'info' } },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
  .then(closeSystemCollections)
  // Last, once Payload's own endpoints and system collections are in place: nothing comes after its not-found endpoints.
  .then(rewordPayloadFallbacks(describePayloadFallback))
