import { serializeJsonLd, type JsonLdObject } from '@/lib/seo/jsonLd'

/** schema.org data for search engines; serializeJsonLd escapes `<` so content cannot close the script. */
export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
