import { AsyncLocalStorage } from 'node:async_hooks'

import type { SanitizedConfig } from 'payload'

// Payload's schedulePublish task calls payload.update without the runner's req, as the person who
// scheduled it (input.user): the hooks see that person and nothing else. The task is wrapped so that
// everything it does runs inside this store, and the log can say "Scheduler (for …)".
const schedulerRuns = new AsyncLocalStorage<{ jobId: number | string | undefined }>()

export const isSchedulerRun = (): boolean => schedulerRuns.getStore() !== undefined

/** Marks the work of Payload's schedulePublish task; the task is added while the config is sanitized. */
export async function markSchedulerRuns(built: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const config = await built
  const task = config.jobs.tasks?.find(({ slug }) => slug === 'schedulePublish')
  if (task && typeof task.handler === 'function') {
    const handler = task.handler
    task.handler = (args) => schedulerRuns.run({ jobId: args.job.id }, () => handler(args))
  }
  return config
}
