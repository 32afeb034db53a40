export {}

// Boots Payload exactly as the Next server does at start-up (instrumentation.ts), with whatever
// JOBS_AUTORUN the test gives it (boot-like-server.ts forces 'true'), then idles until killed.
process.env.NEXT_RUNTIME = 'nodejs'

const { register } = await import('../../instrumentation')
await register()
console.log('booted')
setInterval(() => {}, 60_000)
