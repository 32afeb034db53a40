'use client'

import { useEffect, useRef, useState } from 'react'

import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export type EmailLinkResult = { ok: boolean; text: string }

/** The `code` of one of our JSON error answers ({ error, code }), if the body is one. */
async function errorCode(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null)
  return body && typeof body === 'object' && 'code' in body ? body.code : null
}

/**
 * What went wrong, in the reader's language: the endpoints word their refusals in English, so the
 * code decides (a link can expire while its page is open).
 */
function problemText(lang: Lang, code: unknown): string {
  const t = messages(lang)
  if (code === 'expired') return t.emailPages.expiredText
  if (code === 'invalid') return t.emailPages.invalidText
  if (code === 'not-found') return t.emailPages.goneTitle
  return t.members.failed
}

/**
 * Posts JSON to one of the e-mail link endpoints and keeps the outcome as one sentence. The element
 * given `resultRef` gets the focus when an outcome arrives, so a screen reader (and a phone's
 * viewport) goes to it.
 */
export function useEmailLinkPost(lang: Lang) {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<EmailLinkResult | null>(null)
  const resultRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (result) resultRef.current?.focus()
  }, [result])

  async function post(url: string, body: unknown, success: string): Promise<boolean> {
    setBusy(true)
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit' })
      setResult(response.ok ? { ok: true, text: success } : { ok: false, text: problemText(lang, await errorCode(response)) })
      return response.ok
    } catch {
      setResult({ ok: false, text: messages(lang).members.unreachable })
      return false
    } finally {
      setBusy(false)
    }
  }

  return { busy, result, resultRef, post }
}
