'use client'

import { useEffect, useState, type ReactNode } from 'react'

import type { MembersOnlyItems, MembersOnlyPiece } from '@/lib/content/getMembersOnlyPiece'
import { membersOnlyPiecePath, type MembersOnlyKind } from '@/lib/content/membersOnlyKinds'
import { INTL_LOCALE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { hasSignedInHint } from '@/lib/members/sessionHint'

import styles from './MembersOnlyNotice.module.css'

type Loaded<K extends MembersOnlyKind> = MembersOnlyItems[K]
type State<K extends MembersOnlyKind> = { status: 'waiting' } | { status: 'locked' } | { status: 'open'; item: Loaded<K> }

// Two gates of one page (a campaign's body and its petition) share one request while it is under way.
const inFlight = new Map<string, Promise<MembersOnlyPiece | null>>()

function requestPiece(kind: MembersOnlyKind, slug: string, lang: Lang): Promise<MembersOnlyPiece | null> {
  const path = membersOnlyPiecePath(kind, slug, lang)
  let pending = inFlight.get(path)
  if (!pending) {
    pending = fetch(path, { cache: 'no-store', credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<MembersOnlyPiece>) : null))
      .finally(() => inFlight.delete(path))
    inFlight.set(path, pending)
  }
  return pending
}

async function fetchPiece<K extends MembersOnlyKind>(kind: K, slug: string, lang: Lang): Promise<Loaded<K> | null> {
  const piece = await requestPiece(kind, slug, lang)
  return piece?.kind === kind ? (piece.item as Loaded<K>) : null
}

/**
 * The members-only part of a shared, cached page. Visitors keep the sign-in prompt the server rendered;
 * a browser with the signed-in hint asks the server (no-store) for the item as this member and shows
 * it in place, with no reload. Until the answer the hint hides the prompt (CSS, before first paint).
 * The item is read in the page's language (`lang`), as the page itself was.
 */
export function MembersOnlyGate<K extends MembersOnlyKind>({
  kind,
  slug,
  lang,
  notice,
  children,
}: {
  kind: K
  slug: string
  lang: Lang
  notice: ReactNode
  children: (item: Loaded<K>) => ReactNode
}) {
  const [state, setState] = useState<State<K>>({ status: 'waiting' })

  useEffect(() => {
    if (!hasSignedInHint(document.cookie)) {
      setState({ status: 'locked' })
      return
    }
    let current = true
    fetchPiece(kind, slug, lang)
      .then((item) => current && setState(item ? { status: 'open', item } : { status: 'locked' }))
      .catch(() => current && setState({ status: 'locked' }))
    return () => {
      current = false
    }
  }, [kind, slug, lang])

  if (state.status === 'open') return <>{children(state.item)}</>
  if (state.status === 'locked') return <>{notice}</>
  return (
    <>
      <div className={styles.whenSignedOut}>{notice}</div>
      {/* lang: the page may be showing an item's English text around it. */}
      <p className={styles.loading} role="status" lang={INTL_LOCALE[lang]}>
        {messages(lang).members.loadingMembersOnly}
      </p>
    </>
  )
}
