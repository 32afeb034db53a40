// npm run revalidate – expire every cached page of the running site (INTERNAL_URL, default
// http://127.0.0.1:$PORT). Signed with PAYLOAD_SECRET, so it must match the server's.
import { expireRunningServers } from '../lib/revalidate/expireRunningServers'
import { runScript } from './lib/runScript'

runScript(async () => ((await expireRunningServers((line) => console.log(`revalidate: ${line}`))) ? 0 : 1))
