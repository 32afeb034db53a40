// Boots Payload with its job runner as soon as the server starts, so scheduled publishes that came due
// while the server was down fire on the first tick instead of waiting for someone to open /admin.
// With JOBS_AUTORUN=false payload.config.ts configures no autoRun, so `cron: true` starts nothing
// here and `npm run worker` runs the jobs.
export async function register() {
  // Next's own flags, read inline rather than through lib/env: importing lib/env here would put Node
  // modules in the edge build, and NEXT_RUNTIME written out lets the bundler drop the Node-only imports.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config, cron: true })
    // With several instances (REDIS_URL), purge optimised images when another instance closes a file.
    // Not awaited: a Redis that is down must not hold up the server's start.
    const [{ listenForPurges }, { purgeAnnouncedCopies }] = await Promise.all([
      import('./lib/media/purgeBroadcast'),
      import('./lib/media/optimizedImages'),
    ])
    listenForPurges((digests) => purgeAnnouncedCopies(digests)).catch((error: unknown) =>
      console.error('[images] could not listen for purges announced by other instances', error),
    )
  }
}
