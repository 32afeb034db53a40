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

describe.skipIf(!compose && !required)('docker-compose.yml', () => {
  it('parses, pins postgres:17 with a password and wires DATABASE_URL into the app', () => {
    expect(compose, 'no docker compose client: apt-get install -y docker-compose').not.toBeNull()
    const [bin, ...args] = compose!
    const output = execFileSync(bin!, [...args, 'config'], {
      encoding: 'utf8',
      env: { ...process.env, POSTGRES_PASSWORD: 'test-password', PAYLOAD_SECRET: 'x'.repeat(32), CRON_SECRET: 'y'.repeat(16) },
    })
    expect(output).toMatch(/image: postgres:17\.\d+/)
    expect(output).toContain('POSTGRES_PASSWORD: test-password')
    expect(output).not.toMatch(/POSTGRES_HOST_AUTH_METHOD:\s*trust/)
    expect(output).toMatch(/DATABASE_URL: postgres:\/\/portal:test-password@db:5432\/portal/)
    expect(output).toMatch(/healthcheck:/)
    expect(output).toMatch(/condition: service_healthy/)
  })
})
