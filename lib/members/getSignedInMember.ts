import 'server-only'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { Member } from '@/payload-types'

import { memberFromHeaders } from './memberFromHeaders'

/** The member this request is signed in as (cookie), once per render; reading it makes the page dynamic. */
export const getSignedInMember = cache(async (): Promise<Member | null> => {
  const payload = await getPayload({ config })
  return memberFromHeaders(payload, await headers())
})
