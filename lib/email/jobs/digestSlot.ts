// When a region's weekly digest goes out: at the hour set in the site settings, on the set weekday,
// in the region's own time zone (Hawaii gets its Monday 7:00 five hours after Washington's).

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export type DigestSetting = { weekday: Weekday; hour: number }
export type DigestSlot = { localDate: string; end: Date }

function localParts(now: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'long',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  )
  return {
    weekday: String(parts.weekday).toLowerCase(),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    seconds: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  }
}

/**
 * The digest slot `now` falls in for a time zone: from the set hour on the set weekday until that local
 * day ends (a worker that was down at the hour still sends it later that day), else null. `end` is the
 * slot's start: the digest covers the 7 days before it.
 */
export function digestSlot(now: Date, timeZone: string, setting: DigestSetting): DigestSlot | null {
  const local = localParts(now, timeZone)
  const since = local.seconds - setting.hour * 3600
  if (local.weekday !== setting.weekday || since < 0) return null
  return { localDate: local.date, end: new Date(now.getTime() - since * 1000 - now.getMilliseconds()) }
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}
