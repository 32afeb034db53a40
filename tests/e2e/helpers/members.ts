import { expect, request as playwrightRequest } from '@playwright/test'

import { linkFromEmail } from './outbox'

/** A member signed up through the public endpoint and confirmed through the e-mailed link. */
export async function confirmedMember(baseURL: string, email: string, password: string, regionCode = 'ncal') {
  const client = await playwrightRequest.newContext({ baseURL })
  const regions = (await (await client.get(`/api/regions?where[code][equals]=${regionCode}&depth=0`)).json()) as { docs: Array<{ id: number }> }
  const signUp = await client.post('/api/members/signup', { data: { name: 'Ada Member', email, password, region: regions.docs[0]!.id } })
  expect(signUp.status()).toBe(201)
  expect((await client.get(await linkFromEmail(email, '/api/members/confirm'), { maxRedirects: 0 })).status()).toBe(303)
  await client.dispose()
}
