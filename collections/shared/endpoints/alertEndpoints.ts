import type { Endpoint, PayloadRequest } from 'payload'

import { previewRead } from '@/lib/content/payload'
import { renderAlertFor } from '@/lib/email/content/alert'
import { alertStatus } from '@/lib/email/delivery/alertStatus'
import { ApiError, answer } from '@/lib/http/errors'
import type { Lang } from '@/lib/i18n/languages'
import { consumeRateLimit } from '@/lib/rateLimit/consume'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { alertLangQuery } from '@/lib/schemas/alertAdmin'

import { editableAlertItem, type EditableAlertItem } from './editableAlertItem'

// What the admin's alert panel (components/admin/AlertPanel.tsx) reads and does, per item, for staff
// who may edit the item: its sends so far, the e-mail as members would get it, and a test to oneself.


const noStore = { 'cache-control': 'no-store' }

function langOf(req: PayloadRequest): Lang {
  const parsed = alertLangQuery.safeParse({ lang: req.searchParams.get('lang') ?? undefined })
  if (!parsed.success) throw new ApiError('invalid', 'Add ?lang=en or ?lang=es.', { fields: { lang: 'Must be en (English) or es (Spanish)' } })
  return parsed.data.lang
}

/**
 * The alert rendered from the item's latest draft, as this staff member reads it: what members would
 * get if it were published now. The unsubscribe and preferences links stay placeholders (each member's
 * own are put in when sending).
 */
async function renderPreview(req: PayloadRequest, { collection, id, staff }: EditableAlertItem, lang: Lang) {
  const email = await renderAlertFor(req.payload, collection, id, lang, previewRead(staff, lang))
  if (!email) throw new ApiError('not-found', 'This item has nothing to send yet: give it a title and save it first.')
  return email
}

// GET /api/<collection>/:id/alert — the item's deliveries by status and whether its alert job is waiting.
const status: Endpoint = {
  path: '/:id/alert',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const { collection, id } = await editableAlertItem(req)
      return Response.json(await alertStatus(req.payload, collection, id), { headers: noStore })
    }),
}

// GET /api/<collection>/:id/alert/preview?lang=en|es — the e-mail itself, opened in a new tab.
const preview: Endpoint = {
  path: '/:id/alert/preview',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const item = await editableAlertItem(req)
      const { html } = await renderPreview(req, item, langOf(req))
      return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', ...noStore } })
    }),
}

// POST /api/<collection>/:id/alert/test?lang=en|es — the preview, e-mailed to the signed-in staff member.
const test: Endpoint = {
  path: '/:id/alert/test',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const item = await editableAlertItem(req)
      const lang = langOf(req)
      await consumeRateLimit(req.payload, 'alertTest', { ip: clientIp(req), account: item.staff.id })
      const email = await renderPreview(req, item, lang)
      await req.payload.sendEmail({ to: item.staff.email, subject: `[Test] ${email.subject}`, html: email.html, text: email.text })
      return Response.json({ sentTo: item.staff.email }, { headers: noStore })
    }),
}

export const alertEndpoints: Endpoint[] = [status, preview, test]
