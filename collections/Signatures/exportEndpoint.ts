import type { Endpoint, PayloadRequest } from 'payload'

import { recordActivity } from '@/lib/activity/recordActivity'
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
    await logExport(req, campaign, docs.length, narrow)
    return new Response(signaturesCsv(docs), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="signatures-campaign-${campaign}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

/** The activity log's entry for an export: which campaign, how many rows, which narrowing. */
async function logExport(req: PayloadRequest, campaign: number, rows: number, narrow: Array<{ field: 'region' | 'local'; id: number }>) {
  const found = await req.payload.find({
    collection: 'campaigns',
    where: { id: { equals: campaign } },
    select: { title: true, regions: true },
    depth: 0,
    limit: 1,
    draft: true,
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0]
  const region = narrow.find(({ field }) => field === 'region')
  const filters = narrow.map(({ field, id }) => `${field} #${id}`).join(', ')
  await recordActivity(req, {
    action: 'exported_signatures',
    collection: 'campaigns',
    documentId: campaign,
    documentTitle: doc?.title,
    // Scoped like the rows exported: the chosen region; regional staff's own regions (all they get);
    // else the campaign's regions.
    regions: region ? [region.id] : staffUser(req)?.role === 'regional' ? staffUser(req)?.regions : doc?.regions,
    summary: `${rows} signature${rows === 1 ? '' : 's'} as CSV${filters ? ` (${filters})` : ''}`,
  })
}
