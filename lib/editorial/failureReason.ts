import type { JobError } from './scheduleJobs'

export type FailureCause = 'deleted' | 'access' | 'validation' | 'scheduler-gone' | 'other'

export type Failure = { cause: FailureCause; reason: string }

// Payload's error names (payload/dist/errors): what a schedulePublish run throws when it is refused.
const ACCESS_ERRORS = new Set(['Forbidden', 'UnauthorizedError', 'Unauthorized'])

function invalidFields(message: string): string | null {
  const match = /following fields? (?:is|are) invalid[^:]*:\s*(.+)$/i.exec(message)
  return match ? match[1]!.trim() : null
}

/**
 * Why a schedule did not (or cannot) happen, in a sentence staff can act on. `docExists` and
 * `schedulerExists` come from the database, because a run's error for both is a bare "Not Found".
 */
export function failureReason(
  type: 'publish' | 'unpublish',
  error: JobError | null,
  { docExists, schedulerExists }: { docExists: boolean; schedulerExists: boolean },
): Failure {
  const action = type === 'publish' ? 'publish' : 'unpublish'
  if (!docExists) {
    return { cause: 'deleted', reason: `The document was deleted, so there is nothing to ${action}. Dismiss this schedule.` }
  }
  if (!schedulerExists) {
    return { cause: 'scheduler-gone', reason: `The staff account that scheduled this ${action} no longer exists. Retry to run it as yourself.` }
  }
  const name = error?.name ?? ''
  const message = error?.message ?? ''
  if (name === 'ValidationError' || invalidFields(message)) {
    const fields = invalidFields(message)
    return {
      cause: 'validation',
      reason: `The document could not be ${action}ed because it is incomplete${fields ? `: ${fields}` : ''}. Open it, fix ${fields ? 'these fields' : 'the highlighted fields'} and retry.`,
    }
  }
  if (ACCESS_ERRORS.has(name) || /not allowed/i.test(message)) {
    return {
      cause: 'access',
      reason: `The person who scheduled it may no longer ${action} this document (its regions or their role changed). Someone who can edit it should retry.`,
    }
  }
  if (name === 'NotFound') {
    return { cause: 'deleted', reason: `The document could not be found when the ${action} ran.` }
  }
  return { cause: 'other', reason: `The scheduled ${action} failed${message ? `: ${message}` : ''}. Open the document to check it, then retry.` }
}
