'use client'

import { useEffect, useState } from 'react'

const inZone = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', ...(timeZone ? { timeZoneName: 'short' } : {}) }).format(new Date(iso))

/**
 * An instant in the reader's own time zone, as the calendar shows times. The server does not know
 * that zone, so it writes UTC first and the browser rewrites it once mounted.
 */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => inZone(iso, 'UTC'))
  useEffect(() => setText(inZone(iso)), [iso])
  return <time dateTime={iso}>{text}</time>
}
