// tsx scripts/bench/wordpressExport.ts [posts=1000] > /tmp/wp-1000.xml
// A WordPress WXR export of N posts for timing `npm run import` (invented text; headings, lists,
// links and a table in every tenth post; a tenth in the bargaining category, some drafts and
// scheduled posts). Images are left out: their cost is sharp's, measured elsewhere.
const count = Number(process.argv[2] ?? 1000)
const SITE = 'https://bench.coalition.example'
const TOPICS = ['staffing', 'wages', 'benefits', 'bonus', 'bargaining', 'solidarity']

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

function body(n: number): string {
  const lines = [`Update ${n} from the bargaining desk.`, '', `<h2>Where things stand</h2>`, `<ul><li>Point ${n}a</li><li>Point ${n}b</li></ul>`, `See <a href="${SITE}/?p=${n}">the earlier note</a>.`]
  if (n % 10 === 0) lines.push('', `<table><tr><th>Region</th><th>Votes</th></tr><tr><td>North</td><td>${n}</td></tr></table>`)
  return lines.join('\n')
}

function item(n: number): string {
  const date = new Date(Date.UTC(2020, 0, 1) + n * 36 * 3600 * 1000)
  const status = n % 25 === 0 ? 'draft' : n % 40 === 0 ? 'future' : 'publish'
  const when = status === 'future' ? new Date(Date.UTC(2031, 0, 1) + n * 60_000) : date
  const gmt = when.toISOString().slice(0, 19).replace('T', ' ')
  const slug = `bench-post-${n}`
  const topic = TOPICS[n % TOPICS.length]!
  const month = String(when.getUTCMonth() + 1).padStart(2, '0')
  return `<item>
<title>${cdata(`Bench post ${n}: ${topic} update`)}</title>
<link>${SITE}/${when.getUTCFullYear()}/${month}/${slug}/</link>
<dc:creator>${cdata('benchwriter')}</dc:creator>
<guid isPermaLink="false">${SITE}/?p=${n}</guid>
<content:encoded>${cdata(body(n))}</content:encoded>
<excerpt:encoded>${cdata(`Summary of post ${n}.`)}</excerpt:encoded>
<wp:post_id>${n}</wp:post_id>
<wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
<wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status>
<wp:post_type>${cdata('post')}</wp:post_type>
<category domain="category" nicename="${topic}">${cdata(topic)}</category>
<category domain="post_tag" nicename="bench">${cdata('Bench')}</category>
</item>`
}

const items = Array.from({ length: count }, (_, index) => item(index + 1)).join('\n')
process.stdout.write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench</title>
<link>${SITE}</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${SITE}</wp:base_site_url>
<wp:author><wp:author_login>${cdata('benchwriter')}</wp:author_login><wp:author_email>${cdata('bench.writer@example.org')}</wp:author_email><wp:author_display_name>${cdata('Bench Writer')}</wp:author_display_name></wp:author>
${items}
</channel>
</rss>
`)
