'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Server-side live preview without @payloadcms/live-preview-react: the admin (at `adminOrigin`)
 * waits for a "ready" message from the preview window, then posts `payload-document-event` after
 * every save, draft save and autosave; each one re-renders this page from the server (draft reads).
 * Same protocol as that package's RefreshRouteOnSave (ready() and isDocumentEvent()).
 */
export function RefreshOnSave({ adminOrigin }: { adminOrigin: string }) {
  const router = useRouter()

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== adminOrigin) return
      const data: unknown = event.data
      if (data && typeof data === 'object' && 'type' in data && data.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    // An iframe reports to its parent, a popup to its opener; opened directly, there is no one to tell.
    const opener = window.opener as Window | null
    const admin = opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, adminOrigin)
    return () => window.removeEventListener('message', onMessage)
  }, [adminOrigin, router])

  return null
}
