// The bench's mail server, in a process of its own at low priority: it stands for the coalition's mail
// relay, which runs on another machine, so it must not take the load generator's or the web server's CPU.
// Prints "ready <url>" once listening, then every 200 ms the number of messages received per domain
// (JSON); only complete messages count (smtp-server: those whose final dot arrived).
import os from 'node:os'

import { startSmtpServer } from '../../tests/helpers/smtpServer'

os.setPriority(10)
const counts: Record<string, number> = {}
const server = await startSmtpServer({
  parse: false,
  onMessage: (message) => {
    const domain = message.to[0]?.split('@')[1] ?? ''
    counts[domain] = (counts[domain] ?? 0) + 1
  },
})
console.log(`ready ${server.url}`)
setInterval(() => console.log(JSON.stringify(counts)), 200)
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)))
