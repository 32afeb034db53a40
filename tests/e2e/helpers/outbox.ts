import fs from 'node:fs'

/** The newest link to `path` in an e-mail the server sent to `to` (see EMAIL_OUTBOX_FILE). */
export async function linkFromEmail(to: string, path: string): Promise<string> {
  const file = process.env.EMAIL_OUTBOX_FILE!
  for (let attempt = 0; attempt < 40; attempt++) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []
    const messages = lines.map((line) => JSON.parse(line) as { to: string; html: string; text: string }).filter((m) => m.to === to)
    const match = messages.map((m) => `${m.text} ${m.html}`.match(new RegExp(`https?://[^\\s"'<>]*${path}[^\\s"'<>]*`))?.[0]).findLast(Boolean)
    if (match) return match.replace(/&amp;/g, '&')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no e-mail to ${to} with a ${path} link`)
}

/** The newest e-mail the server sent to `to` (see EMAIL_OUTBOX_FILE), waiting a little for it to arrive. */
export async function latestEmailTo(to: string): Promise<{ subject: string; text: string; html: string }> {
  const file = process.env.EMAIL_OUTBOX_FILE!
  for (let attempt = 0; attempt < 40; attempt++) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []
    const message = lines.map((line) => JSON.parse(line) as { to: string; subject: string; html: string; text: string }).findLast((m) => m.to === to)
    if (message) return message
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no e-mail to ${to}`)
}
