import type { Endpoint } from 'payload'

import { signaturesCsv } from '@/lib/petitions/signaturesCsv'

import { staffUser } from '../shared/access/roles'

// GET /api/signatures/export?campaign=<id>[&region=<id>][&local=<id>] – CSV for staff, through the same
// access rules as the admin list (regional staff: their regions only), optionally narrowed like its filters.
export const exportSignaturesEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!staffUser(req)) return Response.json({ error: 'Sign in as staff to export signatures.' }, { status: 403 })
    const campaign = Number(req.searchParams.get('campaign'))
    if (!Number.isInteger(campaign) || campaign <= 0) return Response.json({ error: 'Add ?campaign=<id>.' }, { status: 400 })
    const narrow = (['region', 'local'] as const).flatMap((field) => {
      const value = req.searchParams.get(field)
      return value === null ? [] : [{ field, id: Number(value) }]
    })
    const bad = narrow.find(({ id }) => !Number.isInteger(id) || id <= 0)
    if (bad) return Response.json({ error: `${bad.field} must be the id of a ${bad.field}, e.g. &${bad.field}=3.` }, { status: 400 })
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
