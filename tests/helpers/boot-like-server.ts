export {}

// Boots Payload exactly as the Next server does at start-up (instrumentation.ts), with the
// JOBS_AUTORUN the test gives it, then idles until killed: used to prove that schedules which came
// due while nothing was running fire after a restart, and that JOBS_AUTORUN=false runs none.
process.env.NEXT_RUNTIME = 'nodejs'

const { register } = await import('../../instrumentation')
await register()
console.log('booted')
setInterval(() => {}, 60_000)
