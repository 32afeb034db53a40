import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export async function testPayload(): Promise<Payload> {
  return getPayload({ config })
}
