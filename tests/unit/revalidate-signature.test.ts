import { describe, expect, it } from 'vitest'

import { signTags, verifyTags } from '@/lib/revalidate/signature'
import { revalidateRequest } from '@/lib/schemas/revalidate'

describe('revalidation signature', () => {
  const secret = 's'.repeat(40)

  it('verifies the tags it signed and nothing else', () => {
    const signature = signTags(['announcements', 'site'], secret)
    expect(verifyTags(['announcements', 'site'], signature, secret)).toBe(true)
    expect(verifyTags(['announcements', 'pages'], signature, secret)).toBe(false)
    expect(verifyTags(['announcements', 'site'], signature, 't'.repeat(40))).toBe(false)
    expect(verifyTags(['announcements'], 'short', secret)).toBe(false)
  })

  it('accepts only a well-formed request body', () => {
    expect(revalidateRequest.safeParse({ tags: ['a'], signature: signTags(['a'], secret) }).success).toBe(true)
    expect(revalidateRequest.safeParse({ tags: [], signature: 'x' }).success).toBe(false)
  })
})
