import type { DefaultNodeTypes, SerializedLinkNode, SerializedAutoLinkNode } from '@payloadcms/richtext-lexical'
import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { collectionDocHref, safeHref } from '@/lib/content/links'
import { mediaDownload, toPicture } from '@/lib/content/media'
import type { RichTextData } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { Media } from '@/payload-types'

import { MediaImage } from './MediaImage'
import styles from './RichText.module.css'

function linkHref(node: SerializedLinkNode | SerializedAutoLinkNode, lang: Lang): string | null {
  const { fields } = node
  if (fields.linkType === 'internal') {
    const value = fields.doc?.value
    const slug = value && typeof value === 'object' && typeof value.slug === 'string' ? value.slug : null
    const href = fields.doc ? collectionDocHref(fields.doc.relationTo, slug) : null
    // A link to another item stays in the reader's language.
    return href?.startsWith('/') ? localizedPath(lang, href) : href
  }
  // Editors can type any URL; only safe schemes become links.
  return safeHref(fields.url)
}

function SiteLink({ node, lang, children }: { node: SerializedLinkNode | SerializedAutoLinkNode; lang: Lang; children: ReactNode }) {
  const href = linkHref(node, lang)
  if (!href) return <>{children}</>
  const newTab = Boolean(node.fields.newTab)
  return (
    <a href={href} target={newTab ? '_blank' : undefined} rel={newTab ? 'noopener noreferrer' : undefined}>
      {children}
      {newTab ? <span className="visually-hidden">{messages(lang).ui.opensNewTab}</span> : null}
    </a>
  )
}

function isMedia(value: unknown): value is Media {
  return typeof value === 'object' && value !== null && 'mimeType' in value && 'url' in value
}

const convertersFor = (lang: Lang): JSXConvertersFunction<DefaultNodeTypes> => ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => (
    <SiteLink node={node} lang={lang}>
      {nodesToJSX({ nodes: node.children })}
    </SiteLink>
  ),
  autolink: ({ node, nodesToJSX }) => (
    <SiteLink node={node} lang={lang}>
      {nodesToJSX({ nodes: node.children })}
    </SiteLink>
  ),
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
const converters = { en: convertersFor('en'), es: convertersFor('es') }

export function RichText({ data, lang, className }: { data: RichTextData; lang: Lang; className?: string }) {
  return <LexicalRichText data={data} converters={converters[lang]} className={[styles.prose, className].filter(Boolean).join(' ')} />
}
