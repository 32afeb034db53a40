export {}

// Boots Payload exactly as the Next server does at start-up (instrumentation.ts), then idles until
// killed: used to prove that schedules which came due while nothing was running fire after a restart.
process.env.NEXT_RUNTIME = 'nodejs'
process.env.JOBS_AUTORUN = 'true'

const { register } = await import('../../instrumentation')
await register()
console.log('booted')
setInterval(() => {}, 60_000)
