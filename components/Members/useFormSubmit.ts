'use client'

import { useState } from 'react'

export type FormAnswer = { message?: string; error?: string; errors?: Array<{ message: string }>; fields?: Record<string, string> }

/** Sends a form to one of our endpoints and keeps the answer: field messages and one status line. */
export function useFormSubmit() {
  const [fields, setFields] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(url: string, init: RequestInit): Promise<{ ok: boolean; answer: FormAnswer }> {
    setBusy(true)
    setStatus(null)
    try {
      const response = await fetch(url, { credentials: 'same-origin', ...init })
      const answer = (await response.json().catch(() => ({}))) as FormAnswer
      setFields(answer.fields ?? {})
      setStatus(answer.message ?? answer.error ?? answer.errors?.[0]?.message ?? (response.ok ? 'Done.' : 'Something went wrong. Please try again.'))
      return { ok: response.ok, answer }
    } catch {
      setStatus('We could not reach the server. Check your connection and try again.')
      return { ok: false, answer: {} }
    } finally {
      setBusy(false)
    }
  }

  return { fields, status, busy, submit }
}
