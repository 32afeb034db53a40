'use client'

import { useDocumentInfo } from '@payloadcms/ui'

/** On a saved campaign's edit screen: the CSV of its signatures, limited by the same access as the list above. */
export function SignaturesExport() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <p style={{ marginBlock: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/signatures/export?campaign=${id}`} download>
        Download signatures (CSV)
      </a>{' '}
      Regional staff get their own regions’ signatures only. Add <code>&amp;region=</code> or <code>&amp;local=</code> (ids) to the link to narrow it.
    </p>
  )
}
