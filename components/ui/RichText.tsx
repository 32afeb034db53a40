import type { DefaultNodeTypes, SerializedLinkNode, SerializedAutoLinkNode } from '@payloadcms/richtext-lexical'
import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { collectionDocHref, safeHref } from '@/lib/content/links'
import { mediaDownload, toPicture } from '@/lib/content/media'
import type { RichTextData } from '@/lib/content/types'
import type { Media } from '@/payload-types'

import { MediaImage } from './MediaImage'
import styles from './RichText.module.css'

function linkHref(node: SerializedLinkNode | SerializedAutoLinkNode): string | null {
  const { fields } = node
  if (fields.linkType === 'internal') {
    const value = fields.doc?.value
    const slug = value && typeof value === 'object' && typeof value.slug === 'string' ? value.slug : null
    return fields.doc ? collectionDocHref(fields.doc.relationTo, slug) : null
  }
  // Editors can type any URL; only safe schemes become links.
  return safeHref(fields.url)
}

function SiteLink({ node, children }: { node: SerializedLinkNode | SerializedAutoLinkNode; children: ReactNode }) {
  const href = linkHref(node)
  if (!href) return <>{children}</>
  const newTab = Boolean(node.fields.newTab)
  return (
    <a href={href} target={newTab ? '_blank' : undefined} rel={newTab ? 'noopener noreferrer' : undefined}>
      {children}
      {newTab ? <span className="visually-hidden"> (opens in a new tab)</span> : null}
    </a>
  )
}

function isMedia(value: unknown): value is Media {
  return typeof value === 'object' && value !== null && 'mimeType' in value && 'url' in value
}

const converters: JSXConvertersFunction<DefaultNodeTypes> = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => <SiteLink node={node}>{nodesToJSX({ nodes: node.children })}</SiteLink>,
  autolink: ({ node, nodesToJSX }) => <SiteLink node={node}>{nodesToJSX({ nodes: node.children })}</SiteLink>,
  upload: ({ node }) => {
    const value = isMedia(node.value) ? node.value : null
    const picture = toPicture(value)
    if (picture) {
      return (
        <figure className={styles.figure}>
          <MediaImage picture={picture} variant="hero" sizes="(min-width: 48rem) 42rem, 100vw" />
          {picture.caption ? <figcaption>{picture.caption}</figcaption> : null}
        </figure>
      )
    }
    const file = mediaDownload(value)
    return file ? (
      <p>
        <a href={file.href}>{file.label}</a>
        {file.format ? ` (${file.format})` : null}
      </p>
    ) : null
  },
})

/** Rich text from the CMS with site links, safe hrefs and sized images. */
export function RichText({ data, className }: { data: RichTextData; className?: string }) {
  return <LexicalRichText data={data} converters={converters} className={[styles.prose, className].filter(Boolean).join(' ')} />
}
