// An S3-protocol server for tests: s3rver from npm, in this process, on a free port, its objects in
// a temp folder. The app talks to it with the real AWS client, as it would to MinIO or AWS.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

// s3rver ships no types: the part used here.
type S3rverServer = { run(): Promise<{ port: number }>; close(): Promise<void> }
type S3rverClass = new (options: {
  address: string
  port: number
  silent: boolean
  directory: string
  configureBuckets: Array<{ name: string }>
}) => S3rverServer

export type TestS3 = {
  /** The S3_* variables that point the app at this server. */
  env: Record<string, string>
  /** The folder s3rver keeps the bucket in (objects are files under it). */
  directory: string
  close(): Promise<void>
}

export async function startS3Server(bucket = 'portal-test'): Promise<TestS3> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-s3rver-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      // s3rver's fixed credentials.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    directory,
    async close() {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
