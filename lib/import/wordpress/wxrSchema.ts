import { z } from 'zod'

// fast-xml-parser gives strings, objects, or arrays for repeated tags (forced for the ones listed in
// parseWxr); text with attributes comes as { '#text', '@_attr' }. These schemas accept that shape.
const text = z.union([z.string(), z.number(), z.boolean()]).transform(String)
const optionalText = text.optional().transform((value) => value ?? '')
const textNode = z.union([text, z.object({ '#text': text.optional() }).passthrough().transform((node) => node['#text'] ?? '')])

const term = z.object({
  '#text': optionalText,
  '@_domain': optionalText,
  '@_nicename': optionalText,
})

const postmeta = z.object({ 'wp:meta_key': optionalText, 'wp:meta_value': optionalText })

export const wxrItemSchema = z.object({
  title: textNode.optional().transform((value) => value ?? ''),
  link: optionalText,
  guid: textNode.optional().transform((value) => value ?? ''),
  'dc:creator': optionalText,
  'content:encoded': optionalText,
  'excerpt:encoded': optionalText,
  'wp:post_id': text,
  'wp:post_date_gmt': optionalText,
  'wp:post_name': optionalText,
  'wp:status': optionalText,
  'wp:post_type': optionalText,
  'wp:attachment_url': optionalText,
  category: z.array(term).default([]),
  'wp:postmeta': z.array(postmeta).default([]),
})

export const wxrAuthorSchema = z.object({
  'wp:author_login': optionalText,
  'wp:author_email': optionalText,
  'wp:author_display_name': optionalText,
})

export const wxrCategorySchema = z.object({ 'wp:category_nicename': optionalText, 'wp:cat_name': optionalText })
export const wxrTagSchema = z.object({ 'wp:tag_slug': optionalText, 'wp:tag_name': optionalText })

export const wxrChannelSchema = z.object({
  link: optionalText,
  'wp:wxr_version': text,
  'wp:base_site_url': optionalText,
  'wp:author': z.array(z.unknown()).default([]),
  'wp:category': z.array(z.unknown()).default([]),
  'wp:tag': z.array(z.unknown()).default([]),
  item: z.array(z.unknown()).default([]),
})
