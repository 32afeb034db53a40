import { spawn, type ChildProcess } from 'node:child_process'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export type Runner = { child: ChildProcess; output: () => string; stop: () => Promise<number | null> }

/**
 * Starts a job runner in its own OS process against the test database (process.env, set by
 * int-setup) and resolves once it logged `readyText`. stop() sends SIGTERM and resolves with the exit code (null: it had to be killed).
 */
export async function startRunner(args: string[], readyText = 'Job worker started', env: Record<string, string | undefined> = {}): Promise<Runner> {
  // Seen now and then on this Node 20 + tsx, more often on a loaded machine (twice in a row in one full
  // run): a Payload script dies while loading its modules with exit code 13 ("unsettled top-level
  // await") and prints nothing (README: Tests). Not what these tests are about, so such a start is tried
  // up to three times; any other failure stands.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startRunnerOnce(args, readyText, env)
    } catch (error) {
      if (!(error instanceof RunnerExitedBeforeReady) || error.code !== 13 || attempt === 3) throw error
      console.log(`${args.join(' ')} exited with 13 while loading; starting it again`)
    }
  }
}

class RunnerExitedBeforeReady extends Error {
  constructor(
    message: string,
    readonly code: number | null,
  ) {
    super(message)
  }
}

async function startRunnerOnce(args: string[], readyText: string, env: Record<string, string | undefined>): Promise<Runner> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} not ready after 90 s:\n${output.slice(-2000)}`)), 90_000)
    const check = () => {
      if (output.includes(readyText)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', check)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new RunnerExitedBeforeReady(`${args.join(' ')} exited with ${code} before it was ready:\n${output.slice(-2000)}`, code))
    })
  })
  return {
    child,
    output: () => output,
    // SIGTERM, as an orchestrator stops it; SIGKILL if it has not exited a minute later.
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
      const code = await exited
      clearTimeout(killer)
      return code
    },
  }
}

/** Raw rows from the test database (the assertions read what is stored, not what the API says). */
export async function rows<T extends Record<string, unknown>>(payload: Payload, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await payload.db.drizzle.execute<T>(query)).rows as T[]
}

/** Queues Payload's schedulePublish for each announcement, as the admin's "schedule publish" does. */
export async function queuePublishes(payload: Payload, ids: number[], userId: number, waitUntil: Date): Promise<number[]> {
  const jobs: number[] = []
  for (const id of ids) {
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'announcements', value: id }, user: { relationTo: 'users', value: userId } },
      waitUntil,
    })
    jobs.push(Number(job.id))
  }
  return jobs
}

/**
 * What the jobs did, from the database. Payload deletes a job once it succeeded (deleteJobOnComplete),
 * so a finished run leaves no rows; what a reader sees is each document's published versions.
 */
export async function jobOutcomes(payload: Payload, jobIds: number[], docIds: number[]) {
  const [jobs] = await rows<{ remaining: number; unfinished: number; errored: number; processing: number }>(
    payload,
    sql`select count(*)::int as remaining,
               count(*) filter (where completed_at is null and has_error is not true)::int as unfinished,
               count(*) filter (where has_error)::int as errored,
               count(*) filter (where processing)::int as processing
        from payload_jobs where id = any(${sql.param(jobIds)})`,
  )
  const versions = await rows<{ doc: number; published: number; publishers: number[] }>(
    payload,
    sql`select a.id as doc,
               count(v.id) filter (where v.version__status = 'published')::int as published,
               array_remove(array_agg(distinct v.version_published_by_id), null) as publishers
        from announcements a left join _announcements_v v on v.parent_id = a.id
        where a.id = any(${sql.param(docIds)}) group by a.id`,
  )
  return {
    jobs: jobs!,
    docsPublishedOnce: versions.filter((row) => row.published === 1).length,
    docsPublishedMoreThanOnce: versions.filter((row) => row.published > 1).length,
    docsNeverPublished: versions.filter((row) => row.published === 0).length,
    publishers: [...new Set(versions.flatMap((row) => row.publishers))],
  }
}

/** Brings the given jobs' time forward to now: they all come due at one instant. */
export async function makeDueNow(payload: Payload, jobIds: number[]) {
  await payload.db.drizzle.execute(sql`update payload_jobs set wait_until = now() - interval '1 second' where id = any(${sql.param(jobIds)})`)
}
