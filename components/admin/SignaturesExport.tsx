'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'

/** On a saved campaign's edit screen: the CSV of its signatures, limited by the same access as the list above. */
export function SignaturesExport() {
  const { id } = useDocumentInfo()
  if (!id) return null
  // The export answers with Content-Disposition: attachment, so the browser downloads it.
  return (
    <div style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <Button el="anchor" url={`/api/signatures/export?campaign=${id}`} buttonStyle="secondary" size="small" margin={false}>
        Download signatures (CSV)
      </Button>
      <p className="field-description">Everyone who signed, oldest first. Regional staff get their own regions only.</p>
    </div>
  )
}
