'use client'

import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { AlertStatus } from '@/lib/email/delivery/alertStatus'
import { INTL_LOCALE, type Lang } from '@/lib/i18n/languages'

import { alertPanelText, type AlertPanelText } from './alertPanelText'

// While deliveries are going out (or the alert waits out its delay), the counts refresh this often.
const REFRESH_MS = 4000

type Formats = { number: (n: number) => string; time: (iso: string) => string; dateTime: (iso: string) => string }

function formats(lang: Lang): Formats {
  const locale = INTL_LOCALE[lang]
  const number = new Intl.NumberFormat(locale)
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' })
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return { number: (n) => number.format(n), time: (iso) => time.format(new Date(iso)), dateTime: (iso) => dateTime.format(new Date(iso)) }
}

/** One sentence for where the item's alert stands: sent (and how it went), waiting, or still to come. */
function summary(status: AlertStatus, form: { send: boolean; published: boolean }, t: AlertPanelText, f: Formats): string {
  const { queued, sent, failed, bounced, cancelled } = status
  if (queued + sent + failed + bounced + cancelled > 0) {
    const head = sent > 0 ? t.sent(sent, f.number(sent), status.lastSentAt ? f.dateTime(status.lastSentAt) : '') : t.sending(queued, f.number(queued))
    const tail = [
      sent > 0 && queued > 0 ? t.toGo(f.number(queued)) : null,
      failed > 0 ? t.failed(f.number(failed)) : null,
      bounced > 0 ? t.bounced(bounced, f.number(bounced)) : null,
      cancelled > 0 ? t.cancelled(f.number(cancelled)) : null,
    ].filter(Boolean)
    return `${[head, ...tail].join(', ')}.`
  }
  if (!form.send) return t.off
  // The job checks again when it runs: an item unpublished, or its box unticked, sends nothing.
  if (status.pending) return status.sendsAt && Date.parse(status.sendsAt) > Date.now() ? t.sendsAt(f.time(status.sendsAt)) : t.sendingNow
  // Live with the box ticked yet nothing queued or sent: published before alerts existed (the seed,
  // imports), or nobody was due one. Publishing it again does not alert (queueAlertOnPublish).
  return form.published ? t.notSent : t.willSend
}

/**
 * Under "E-mail members when this is published": what will happen or happened to this item's alert,
 * a preview of the e-mail in each language and a test sent to oneself (collections/shared/endpoints/alertEndpoints.ts).
 */
export function AlertPanel() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const send = useFormFields(([fields]) => fields['alert.send']?.value === true)
  const published = useFormFields(([fields]) => fields._status?.value === 'published')
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'es' ? 'es' : 'en'
  const t = alertPanelText[lang]
  const base = id && collectionSlug ? `/api/${collectionSlug}/${id}/alert` : null

  const [status, setStatus] = useState<AlertStatus | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [testResult, setTestResult] = useState<string | null>(null)
  const [testing, setTesting] = useState(false)

  const load = useCallback(async () => {
    if (!base) return
    const response = await fetch(base, { cache: 'no-store' })
    const body: unknown = await response.json().catch(() => null)
    if (response.ok) {
      setStatus(body as AlertStatus)
      setProblem(null)
    } else setProblem(errorText(body, t.unavailable))
  }, [base, t.unavailable])

  // Again after every save or publish (lastUpdateTime, the form's _status): publishing queues the alert.
  useEffect(() => {
    void load()
  }, [load, lastUpdateTime, published])

  const busy = Boolean(status && (status.queued > 0 || status.pending))
  useEffect(() => {
    if (!busy) return
    const timer = setInterval(() => void load(), REFRESH_MS)
    return () => clearInterval(timer)
  }, [busy, load])

  const sendTest = async () => {
    if (!base) return
    setTesting(true)
    setTestResult(t.testSending)
    try {
      const response = await fetch(`${base}/test?lang=${lang}`, { method: 'POST' })
      const body: unknown = await response.json().catch(() => null)
      setTestResult(response.ok && isSentTo(body) ? t.testSent(body.sentTo) : errorText(body, t.unavailable))
    } catch {
      setTestResult(t.unavailable)
    } finally {
      setTesting(false)
    }
  }

  if (!base) return <p className="field-description">{t.saveFirst}</p>
  // Refused (e.g. a regional editor reading another region's item): the reason, and nothing to press.
  if (problem) return <p className="field-description">{problem}</p>
  return (
    <div style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <p aria-live="polite">{status ? summary(status, { send, published }, t, formats(lang)) : t.loading}</p>
      <p>
        {t.preview}{' '}
        <a href={`${base}/preview?lang=en`} target="_blank" rel="noopener noreferrer">English</a>
        {' · '}
        <a href={`${base}/preview?lang=es`} target="_blank" rel="noopener noreferrer">Español</a>
      </p>
      <p className="field-description">{t.previewNote}</p>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={testing} onClick={() => void sendTest()}>
        {t.test}
      </Button>
      <p className="field-description" aria-live="polite">{testResult}</p>
    </div>
  )
}

function isSentTo(body: unknown): body is { sentTo: string } {
  return typeof body === 'object' && body !== null && 'sentTo' in body && typeof body.sentTo === 'string'
}

/** The house error shape's sentence ({ error, code }), or a fallback. */
function errorText(body: unknown, fallback: string): string {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : fallback
}
