import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Local API every reader uses; getPayload keeps one instance per server process. */
export function payload(): Promise<Payload> {
  return getPayload({ config })
}

/** Anonymous visitor: access control applies and only published documents are read. */
export const publicRead = { overrideAccess: false, draft: false } as const
