import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Activity } from './collections/Activity'
import { Announcements } from './collections/Announcements'
import { BargainingUpdates } from './collections/BargainingUpdates'
import { CalendarFeeds } from './collections/CalendarFeeds'
import { Campaigns } from './collections/Campaigns'
import { EmailDeliveries } from './collections/EmailDeliveries'
import { Imports } from './collections/Imports'
import { Leadership } from './collections/Leadership'
import { Locals } from './collections/Locals'
import { Media } from './collections/Media'
import { Members } from './collections/Members'
import { Pages } from './collections/Pages'
import { redirects } from './collections/Redirects/redirectsPlugin'
import { Regions } from './collections/Regions'
import { search } from './collections/Search/searchPlugin'
import { isStaff } from './collections/shared/access/roles'
import { checkOperationInput } from './collections/shared/plugins/checkOperationInput'
import { Signatures } from './collections/Signatures'
import { Stories } from './collections/Stories'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { adminMeta, viewMeta } from './components/admin/brand/adminMeta'
import { adminTranslations } from './components/admin/brand/adminTranslations'
import { Site } from './globals/Site'
import { dashboard } from './lib/dashboard/widgets'
import { emailAdapter } from './lib/email/adapter'
import { emailTasks } from './lib/email/jobs/emailTasks'
import { calendarEndpoints } from './lib/editorial/calendarEndpoints'
import { importTasks } from './lib/import/wordpress/importTask'
import { getEnv } from './lib/env'
import { documentLimitRule } from './lib/graphql/documents'
import { MAX_COMPLEXITY, MAX_POPULATE_DEPTH } from './lib/graphql/limits'
import { markSchedulerRuns } from './lib/activity/schedulerRun'
import { answerClientErrors } from './lib/http/payloadErrors'
import { canRunJobs } from './lib/jobs/access'
import { lockJobStats } from './lib/jobs/lockJobStats'
import { jobAutoRun } from './lib/jobs/queueSchedule'
import { withSafeJobClaim } from './lib/jobs/safeClaim'
import { uploadStorage } from './lib/storage/uploadStorage'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()

// markSchedulerRuns: the activity log names the scheduler when a scheduled publish runs (lib/activity).
export default markSchedulerRuns(lockJobStats(buildConfig({
  serverURL: env.SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // The coalition's name, mark and colours, not Payload's (components/admin/brand).
    meta: adminMeta,
    // Payload's default fetches each staff e-mail's hash from gravatar.com; keep it in-house (and in the CSP).
    avatar: 'default',
    components: {
      graphics: { Logo: '@/components/admin/brand/PortalBrand#PortalLogo', Icon: '@/components/admin/brand/PortalBrand#PortalIcon' },
      beforeNavLinks: ['@/components/admin/brand/PortalBrand#NavBrand'],
      // Review before publish (components/admin/review) and the editorial calendar (lib/editorial):
      // the two desk views and their nav links.
      views: {
        reviewQueue: { Component: '@/components/admin/review/ReviewQueueView#ReviewQueueView', path: '/review', meta: viewMeta('Review queue') },
        calendar: { Component: '@/components/admin/calendar/CalendarView#CalendarView', path: '/calendar', meta: viewMeta('Calendar') },
      },
      afterNavLinks: ['@/components/admin/review/ReviewNavLink#ReviewNavLink', '@/components/admin/calendar/CalendarNavLink#CalendarNavLink'],
    },
    // A dashboard per role: drafts, schedules, reviews, failures, the week's signatures and stories,
    // staff changes (lib/dashboard), each read as the viewer.
    dashboard,
    // Live preview renders the real public page in draft mode (app/(site)/preview guards it).
    livePreview: {
      collections: ['announcements', 'bargaining-updates', 'campaigns', 'pages'],
      url: ({ data, collectionConfig, locale }) =>
        `${env.SERVER_URL}/preview?collection=${collectionConfig?.slug ?? ''}&lang=${locale.code === 'es' ? 'es' : 'en'}&slug=${encodeURIComponent(String(data?.slug ?? ''))}`,
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 390, height: 844 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
      ],
    },
  },
  collections: [Announcements, BargainingUpdates, Campaigns, Leadership, Pages, Media, Signatures, Stories, Locals, Regions, Users, Members, EmailDeliveries, Topics, Imports, CalendarFeeds, Activity],
  // The calendar's retry and dismiss, and each staff member's private .ics feed (lib/editorial).
  endpoints: calendarEndpoints,
  globals: [Site],
  // Content in English and Spanish (lib/i18n). A field without Spanish text reads as its English one.
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'es', label: 'Español' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  // The admin's own language: English by default, Spanish for staff who choose it in their account.
  // adminTranslations: the account page's one "Payload" heading reads as the portal's.
  i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en', translations: adminTranslations },
  jobs: {
    // JOBS_AUTORUN=true (default, one instance): the server runs the queue itself (instrumentation.ts
    // boots Payload with its crons). JOBS_AUTORUN=false (several instances): no poller at all here, and
    // `npm run worker` runs the queue. External cron can call GET /api/payload-jobs/run with the
    // CRON_SECRET instead or as well. Any mix is safe: db below claims each job for one runner only.
    autoRun: env.JOBS_AUTORUN === 'true' ? [jobAutoRun] : [],
    access: { run: canRunJobs, queue: isStaff, cancel: isStaff },
    // Alerts, weekly digests and their sending (lib/email).
    // …and WordPress imports started from the admin (collections/Imports).
    tasks: [...emailTasks, ...importTasks],
  },
  email: emailAdapter(env.SMTP_URL),
  // Tables: WordPress posts have them (imports) and the site's renderer draws them; Payload marks the
  // feature experimental (its editing UI), the stored nodes are Lexical's own.
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()] }),
  // withSafeJobClaim: Payload 3.x lets two runners claim the same job (see lib/jobs/safeClaim.ts).
  db: withSafeJobClaim(postgresAdapter({
    pool: {
      // Deliberately no fallback: the launcher (scripts/with-db.ts) always provides one.
      connectionString: env.DATABASE_URL ?? 'postgres://missing-DATABASE_URL-start-through-npm-run-dev',
    },
    // Reads may go to replicas; for 2 s after this process writes, its reads stay on the primary (the
    // adapter's default), so an editor sees their own save. Writes and transactions use the primary.
    readReplicas: env.DATABASE_REPLICA_URLS,
    // Migrations are the schema of record; push only when explicitly asked for.
    push: env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  })),
  // redirects: old addresses (WordPress imports) → new pages. uploadStorage: media and story files in S3 when S3_BUCKET is set (lib/storage). checkOperationInput
  // last, so it also covers the collections other plugins add.
  plugins: [search, redirects, uploadStorage(env), checkOperationInput],
  hooks: { afterError: [answerClientErrors] },
  // Refusals are the client's mistake, not the server's: one info line (the message), no stack.
  // (ApiError is ours, so not among Payload's typed error names.)
  loggingLevels: { ApiError: 'info', LockedAuth: 'info', QueryError: 'info' } as Config['loggingLevels'],
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    // Depth, aliases, body size and time are checked before this, in app/(payload)/api/graphql/route.ts.
    maxComplexity: MAX_COMPLEXITY,
    disableIntrospectionInProduction: true,
    validationRules: ({ variableValues }) => [documentLimitRule(variableValues)],
  },
  // REST and Local API population depth; a deeper ?depth= is capped to it (the site reads at depth 1).
  maxDepth: MAX_POPULATE_DEPTH,
  telemetry: false,
})))
