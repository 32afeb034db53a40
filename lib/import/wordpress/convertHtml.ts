import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'

import type { RichTextData } from '@/lib/content/types'

const BLOCK_START = /^<(p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|pre|figure|figcaption|hr|img|!--)/i

/**
 * WordPress stores classic-editor bodies without <p> tags (its `wpautop` adds them when it renders):
 * a blank line is a paragraph break, a single newline a <br>. Block-level HTML is left alone.
 */
export function autop(html: string): string {
  const withoutShortcodes = html
    // [caption id=".." align=".."]<img …> Caption text[/caption] → the image and its caption.
    .replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/gi, '$1')
    // Other shortcodes ([gallery], [embed]…) mean nothing outside WordPress.
    .replace(/\[\/?[a-z_-]+(?:\s[^\]]*)?\]/gi, '')
  return withoutShortcodes
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n')
}

const IMG_TAG = /<img\b[^>]*>/gi
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((value) => value !== undefined) ?? null

/**
 * The `src` of every image in the body, in order (resolved to media before the conversion). A pattern,
 * not a DOM: it runs for every item of every run, including the unchanged ones a re-run skips.
 */
export function imageSources(html: string): Array<{ src: string; alt: string | null }> {
  return [...html.matchAll(IMG_TAG)].flatMap(([tag]) => {
    const src = attribute(tag, 'src')
    return src ? [{ src, alt: attribute(tag, 'alt') }] : []
  })
}

let editorConfig: Promise<SanitizedServerEditorConfig> | undefined

/** The body field's editor (with the table feature): what the admin would make of the same HTML. */
async function bodyEditorConfig(payload: Payload): Promise<SanitizedServerEditorConfig> {
  editorConfig ??= (async () => {
    const field = payload.collections.announcements.config.flattenedFields.find((candidate) => candidate.name === 'body')
    if (field?.type === 'richText') return editorConfigFactory.fromField({ field })
    return editorConfigFactory.default({ config: payload.config })
  })()
  return editorConfig
}

/**
 * WordPress HTML → Lexical, with `<img>` tags turned into uploads of the media the caller resolved
 * (`mediaFor(src)` → id, or null to leave the image out). Images come out of links and paragraphs
 * first: an upload is a block of its own in Lexical.
 */
export async function convertHtml(payload: Payload, html: string, mediaFor: (src: string) => number | null): Promise<RichTextData> {
  const { document } = new JSDOM(`<body>${autop(html)}</body>`).window
  for (const img of [...document.querySelectorAll('img')]) {
    const id = mediaFor(img.getAttribute('src') ?? '')
    let block: Element = img
    // Climb out of <a>, <p>, <figure>… up to the body's child, and put the image before that block.
    while (block.parentElement && block.parentElement !== document.body) block = block.parentElement
    if (id !== null) {
      const upload = document.createElement('img')
      upload.setAttribute('data-lexical-upload-id', String(id))
      upload.setAttribute('data-lexical-upload-relation-to', 'media')
      if (block === img) img.replaceWith(upload)
      else block.before(upload)
    }
    if (block !== img || id === null) img.remove()
  }
  // An <a> or <p> that only held the image is empty now.
  for (const element of [...document.querySelectorAll('a, p, figure')]) {
    if (!element.textContent?.trim() && !element.querySelector('img')) element.remove()
  }
  const state = convertHTMLToLexical({ editorConfig: await bodyEditorConfig(payload), html: document.body.innerHTML, JSDOM })
  return numberUploadIds(state)
}

/** Lexical's HTML import keeps the upload id as the attribute's string; Payload's media ids are numbers. */
function numberUploadIds<T>(node: T): T {
  if (Array.isArray(node)) return node.map(numberUploadIds) as T
  if (typeof node !== 'object' || node === null) return node
  const entries = Object.entries(node).map(([key, value]) => [key, numberUploadIds(value)] as const)
  const copy = Object.fromEntries(entries) as Record<string, unknown>
  if (copy.type === 'upload' && typeof copy.value === 'string' && /^\d+$/.test(copy.value)) copy.value = Number(copy.value)
  return copy as T
}
