import type { Endpoint } from 'payload'

import { ApiError, errorResponse } from '@/lib/http/errors'
import { signaturesCsv } from '@/lib/petitions/signaturesCsv'
import { staffUser } from '@/lib/auth/viewer'

// GET /api/signatures/export?campaign=<id>[&region=<id>][&local=<id>] – CSV for staff, through the same
// access rules as the admin list (regional staff: their regions only), optionally narrowed like its filters.
// PostgreSQL integer ids only: a larger number is no row of ours (and a database error).
const isId = (value: number) => Number.isInteger(value) && value > 0 && value <= 2_147_483_647

export const exportSignaturesEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!staffUser(req)) return errorResponse(new ApiError('forbidden', 'Sign in as staff to export signatures.'))
    const campaign = Number(req.searchParams.get('campaign'))
    if (!isId(campaign)) return errorResponse(new ApiError('invalid', 'Add ?campaign=<id>.', { fields: { campaign: 'Must be the id of a campaign' } }))
    const narrow = (['region', 'local'] as const).flatMap((field) => {
      const value = req.searchParams.get(field)
      return value === null ? [] : [{ field, id: Number(value) }]
    })
    const bad = narrow.find(({ id }) => !isId(id))
    if (bad) {
      return errorResponse(new ApiError('invalid', `${bad.field} must be the id of a ${bad.field}, e.g. &${bad.field}=3.`, { fields: { [bad.field]: `Must be the id of a ${bad.field}` } }))
    }
    const { docs } = await req.payload.find({
      collection: 'signatures',
      where: { and: [{ campaign: { equals: campaign } }, ...narrow.map(({ field, id }) => ({ [field]: { equals: id } }))] },
      pagination: false,
      depth: 1,
      sort: 'createdAt',
      overrideAccess: false,
      user: req.user,
      req,
    })
    return new Response(signaturesCsv(docs), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="signatures-campaign-${campaign}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
