export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `check` returns true; returns the milliseconds it took, or throws after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started
    await sleep(intervalMs)
  }
  throw new Error(`condition not met within ${timeoutMs} ms`)
}

/** Like waitFor, for checks that may throw while the thing starts (a refused connection counts as "not yet"); `what` names it in the error. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string, intervalMs = 200): Promise<void> {
  try {
    await waitFor(() => check().catch(() => false), timeoutMs, intervalMs)
  } catch {
    throw new Error(`${what} within ${timeoutMs} ms`)
  }
}
