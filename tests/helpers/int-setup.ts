import { inject } from 'vitest'

// Must run before anything imports payload.config, which reads the environment once.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.JOBS_AUTORUN = 'false'
