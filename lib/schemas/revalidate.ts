import { z } from 'zod'

export const revalidateRequest = z.object({
  tags: z.array(z.string().min(1).max(200)).min(1).max(100),
  signature: z.string().regex(/^[0-9a-f]{64}$/, 'signature must be a hex HMAC'),
})
