import { after } from 'next/server'

/**
 * Work the person should not wait for (a receipt e-mail): after the response inside a Next request;
 * run at once anywhere else (scripts, jobs, integration tests calling handlers directly).
 */
export async function afterResponse(task: () => Promise<unknown>): Promise<void> {
  try {
    after(task)
  } catch {
    await task()
  }
}
