import { execFileSync, spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

function composeCommand(): string[] | null {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', 'compose']
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose']
  return null
}

const compose = composeCommand()
// CI installs a compose client and sets REQUIRE_COMPOSE so this cannot silently skip there.
const required = process.env.REQUIRE_COMPOSE === '1'

// Every secret the file refuses to start without (`${VAR:?…}`).
const SECRETS: Record<string, string> = {
  POSTGRES_PASSWORD: 'test-password',
  PAYLOAD_SECRET: 'x'.repeat(32),
  CRON_SECRET: 'y'.repeat(16),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'test-action-key',
  REDIS_PASSWORD: 'test-redis-password',
  MINIO_ROOT_PASSWORD: 'test-minio-password',
}

function config(env: Record<string, string | undefined>) {
  const [bin, ...args] = compose!
  const cleaned = { ...process.env }
  for (const name of Object.keys(SECRETS)) delete cleaned[name]
  return spawnSync(bin!, [...args, 'config'], { encoding: 'utf8', env: { ...cleaned, ...env } })
}

/** One service's block of `compose config` output (two-space indented keys under `services:`). */
function service(output: string, name: string): string {
  const text = `\n${output}`
  const services = text.slice(text.indexOf('\nservices:\n'))
  const match = new RegExp(`\\n  ${name}:\\n((?:    .*\\n|\\s*\\n)*)`).exec(services)
  expect(match, `service ${name}`).not.toBeNull()
  return match![1]!
}

describe.skipIf(!compose && !required)('docker-compose.yml', () => {
  it('parses, pins postgres:17 with a password and wires DATABASE_URL into every portal container', () => {
    expect(compose, 'no docker compose client: apt-get install -y docker-compose').not.toBeNull()
    const [bin, ...args] = compose!
    const output = execFileSync(bin!, [...args, 'config'], { encoding: 'utf8', env: { ...process.env, ...SECRETS } })
    expect(output).toMatch(/image: postgres:17\.\d+/)
    expect(output).toContain('POSTGRES_PASSWORD: test-password')
    expect(output).not.toMatch(/POSTGRES_HOST_AUTH_METHOD:\s*trust/)
    for (const name of ['app-1', 'app-2', 'worker']) {
      expect(service(output, name)).toMatch(/DATABASE_URL: postgres:\/\/portal:test-password@db:5432\/portal/)
    }
    expect(output).toMatch(/healthcheck:/)
    expect(output).toMatch(/condition: service_healthy/)
  })

  it('runs two identical replicas behind the proxy, which alone publishes a port', () => {
    const output = execFileSync(compose![0]!, [...compose!.slice(1), 'config'], { encoding: 'utf8', env: { ...process.env, ...SECRETS } })
    const [app1, app2, worker, proxy] = ['app-1', 'app-2', 'worker', 'proxy'].map((name) => service(output, name))
    expect(app1).toBe(app2)
    for (const app of [app1!, app2!]) {
      expect(app).toMatch(/TRUSTED_PROXY_HOPS: ["']?1["']?\n/)
      expect(app).toMatch(/JOBS_AUTORUN: ["']?false["']?\n/)
      expect(app).toMatch(/REDIS_URL: redis:\/\/:test-redis-password@redis:6379/)
      expect(app).toMatch(/S3_ENDPOINT: http:\/\/minio:9000/)
      expect(app).toMatch(/S3_FORCE_PATH_STYLE: ["']?true["']?\n/)
      expect(app).toContain('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: test-action-key')
      expect(app).toMatch(/NEXT_DEPLOYMENT_ID: \S+/)
      expect(app).toMatch(/healthcheck:/)
    }
    // The worker runs the jobs; the replicas never do.
    expect(worker).toMatch(/JOBS_AUTORUN: ["']?true["']?\n/)
    expect(worker).toContain('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: test-action-key')
    // The proxy: the shipped template, both replicas upstream, the only published port.
    expect(proxy).toMatch(/image: nginx:\d+\.\d+\.\d+/)
    expect(proxy).toContain('deploy/nginx/portal.conf.template:/etc/nginx/templates/default.conf.template')
    expect(proxy).toMatch(/server app-1:3000 [^;]*max_fails=\d+/)
    expect(proxy).toMatch(/server\s+app-2:3000 [^;]*max_fails=\d+/)
    const withPorts = ['proxy', 'app-1', 'app-2', 'worker', 'db', 'redis', 'minio', 'minio-bucket'].filter((name) => /\n {4}ports:\n/.test(`\n${service(output, name)}`))
    expect(withPorts).toEqual(['proxy'])
    for (const name of ['db', 'redis', 'minio', 'proxy']) expect(service(output, name), name).toMatch(/healthcheck:/)
  })

  it('pins every image to a version', () => {
    const output = execFileSync(compose![0]!, [...compose!.slice(1), 'config'], { encoding: 'utf8', env: { ...process.env, ...SECRETS } })
    const images = [...output.matchAll(/image: (\S+)/g)].map((match) => match[1]!)
    expect(images.length).toBeGreaterThanOrEqual(6)
    for (const image of images.filter((name) => !name.startsWith('coalition-portal:'))) {
      expect(image, image).toMatch(/:[^:]*\d/)
      expect(image, image).not.toMatch(/:latest$/)
    }
  })

  it.each(Object.keys(SECRETS))('refuses to start without %s', (name) => {
    const result = config({ ...SECRETS, [name]: undefined })
    expect(result.status, result.stdout).not.toBe(0)
    expect(result.stderr).toContain(name)
  })
})
