// The admin's calls to POST /api/<collection>/:id/review, shared by the submit button, the panel and the queue.

export type ReviewCall = { action: 'submit' | 'approve' | 'request_changes' | 'reject'; requestedAt?: string | null; note?: string }

/** Sends one review step as the signed-in staff member; the refusal's sentence when it fails. */
export async function sendReview(apiRoute: string, collection: string, id: number | string, call: ReviewCall): Promise<{ ok: true } | { ok: false; error: string }> {
  const response = await fetch(`${apiRoute}/${collection}/${id}/review`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(call),
  })
  if (response.ok) return { ok: true }
  const body = (await response.json().catch(() => null)) as { error?: string; fields?: Record<string, string> } | null
  const detail = body?.fields ? Object.entries(body.fields).map(([field, message]) => `${field}: ${message}`).join('; ') : ''
  return { ok: false, error: [body?.error ?? `The request failed (${response.status}).`, detail].filter(Boolean).join(' ') }
}

/** A `datetime-local` value (the viewer's own time zone) as an ISO instant, or null when empty. */
export function localInputToIso(value: string): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
