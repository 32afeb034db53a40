'use client'

import { useState } from 'react'

import type { Lang } from '@/lib/i18n/languages'
import { messages, messageText } from '@/lib/i18n/messages'
import { payloadMessageKey } from '@/lib/members/payloadMessages'

export type FormAnswer = { message?: string; error?: string; errors?: Array<{ message: string }>; fields?: Record<string, string> }

/**
 * Sends a form to one of our endpoints and keeps the answer: field messages and one status line. Our
 * endpoints answer in the language the form says (its `lang` field); a message key is shown in `lang`.
 */
export function useFormSubmit(lang: Lang) {
  const [fields, setFields] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(url: string, init: RequestInit): Promise<{ ok: boolean; answer: FormAnswer }> {
    const t = messages(lang)
    setBusy(true)
    setStatus(null)
    try {
      const response = await fetch(url, { credentials: 'same-origin', ...init })
      const answer = (await response.json().catch(() => ({}))) as FormAnswer
      setFields(Object.fromEntries(Object.entries(answer.fields ?? {}).map(([name, text]) => [name, messageText(lang, text)])))
      const said = answer.message ?? answer.error ?? answer.errors?.[0]?.message
      setStatus(said ? messageText(lang, payloadMessageKey(said) ?? said) : response.ok ? t.members.done : t.members.failed)
      return { ok: response.ok, answer }
    } catch {
      setStatus(t.members.unreachable)
      return { ok: false, answer: {} }
    } finally {
      setBusy(false)
    }
  }

  return { fields, status, busy, submit }
}
