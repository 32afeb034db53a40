import type { DefaultCellComponentProps } from 'payload'

/**
 * The activity list's "Document" column: the title as it was, linked to the document's edit screen
 * (a deleted document's link lands on Payload's not-found page; its title stays readable here).
 */
export function ActivityDocumentCell({ cellData, rowData }: DefaultCellComponentProps) {
  const title = typeof cellData === 'string' && cellData !== '' ? cellData : String(rowData.documentId ?? '')
  const collection = typeof rowData.collectionSlug === 'string' ? rowData.collectionSlug : ''
  const id = typeof rowData.documentId === 'string' ? rowData.documentId : ''
  if (!collection || !id) return <span>{title}</span>
  return (
    <a href={`/admin/collections/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`}>
      {title}
      <span style={{ color: 'var(--theme-elevation-500)', marginLeft: '0.5em' }}>({collection})</span>
    </a>
  )
}
