import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { viewerUser, type Viewer } from '@/lib/auth/viewer'
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/languages'
import type { Member, User } from '@/payload-types'

/** The Local API every reader uses; getPayload keeps one instance per server process. */
export function payload(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * How a reader reads: access control always applies, as the visitor, the viewer or the previewing
 * staff member, in one language; a field without text in it reads as its English text.
 */
export type ReadAs = { overrideAccess: false; draft: boolean; user?: User | Member; locale: Lang; fallbackLocale: typeof DEFAULT_LANG }

function inLang(lang: Lang) {
  return { locale: lang, fallbackLocale: DEFAULT_LANG } as const
}

/** Anonymous visitor: access control applies and only published documents are read. */
export function publicRead(lang: Lang) {
  return { overrideAccess: false, draft: false, ...inLang(lang) } as const satisfies ReadAs
}

/** Published content read as this viewer: Payload's access rules decide what they get (members-only bodies for members). */
export function viewerRead(viewer: Viewer, lang: Lang): ReadAs {
  const user = viewerUser(viewer)
  return user ? { overrideAccess: false, draft: false, user, ...inLang(lang) } : publicRead(lang)
}

/**
 * Staff previewing: the latest draft, read as that user, so their own access rules still decide what
 * they see (a regional editor previews only what they may read). Never goes into the shared cache.
 */
export function previewRead(staff: User, lang: Lang): ReadAs {
  return { overrideAccess: false, draft: true, user: staff, ...inLang(lang) }
}
