import fs from 'node:fs'

/** Debian's Chromium (apt-get install -y chromium) unless PLAYWRIGHT_CHROMIUM_PATH names another. */
export function chromiumPath(): string | null {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate))) ?? null
}
