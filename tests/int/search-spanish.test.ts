// Search in Spanish: the Spanish text of items whose Spanish is ready (stemmed, accents ignored), the
// English text of the others, and never an unready translation; English search stays English.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getSearchResults } from '@/lib/content/getSearchResults'
import type { Lang } from '@/lib/i18n/languages'
import { searchQuery } from '@/lib/schemas/search'
import { searchSite } from '@/lib/search/searchSite'
import { lexical } from '@/scripts/seed/lexical'

import { testPayload } from '../helpers/payload'

let payload: Payload

const find = (q: string, lang: Lang) => searchSite(payload, { ...searchQuery.parse({ q }), lang })
const slugs = async (q: string, lang: Lang) => (await find(q, lang)).hits.map((hit) => hit.slug)
const snippetText = (hit: { snippet: Array<{ text: string }> }) => hit.snippet.map((part) => part.text).join('')
const matched = (hit: { snippet: Array<{ text: string; match: boolean }> }) => hit.snippet.filter((part) => part.match).map((part) => part.text)

type Texts = { title: string; summary: string; body: string }

/** A published announcement in English; its Spanish saved as an editor does, in the es locale. */
async function announcement(english: Texts, spanish?: Texts & { spanishStatus: 'in-progress' | 'ready' }, audience: 'public' | 'members' = 'public') {
  const doc = await payload.create({
    collection: 'announcements',
    data: { title: english.title, summary: english.summary, body: lexical([english.body]), audience, _status: 'published' },
    context: { disableRevalidate: true },
  })
  if (spanish) await saveSpanish(doc.id, spanish)
  return { id: doc.id, slug: String(doc.slug) }
}

function saveSpanish(id: number, { title, summary, body, spanishStatus }: Texts & { spanishStatus: 'in-progress' | 'ready' }) {
  return payload.update({
    collection: 'announcements',
    id,
    locale: 'es',
    data: { title, summary, body: lexical([body]), spanishStatus, _status: 'published' },
    context: { disableRevalidate: true },
  })
}

let ready: { id: number; slug: string }
let unready: { id: number; slug: string }

beforeAll(async () => {
  payload = await testPayload()
  ready = await announcement(
    { title: 'Contract talks: the zorblat table meets again', summary: 'Where the zorblat talks stand.', body: 'The zorblat team met management on Tuesday.' },
    {
      title: 'La negociación del contrato zorblat continúa',
      summary: 'Cómo va la negociación en la mesa zorblat.',
      body: 'El equipo de la mesa quimbaya se reunió con la gerencia el martes.',
      spanishStatus: 'ready',
    },
  )
  unready = await announcement(
    { title: 'Parking permits for xylotrek staff', summary: 'New xylotrek parking rules.', body: 'Permits are renewed every year.' },
    { title: 'Permisos de estacionamiento zapoteca', summary: 'Reglas nuevas.', body: 'Los permisos zapoteca se renuevan cada año.', spanishStatus: 'in-progress' },
  )
})

describe('Spanish search', () => {
  it('stems Spanish words: "negociaciones" finds "negociación", and the hit is in Spanish', async () => {
    const { hits } = await find('negociaciones zorblat', 'es')
    const hit = hits.find((candidate) => candidate.slug === ready.slug)
    expect(hit).toMatchObject({ title: 'La negociación del contrato zorblat continúa', summary: 'Cómo va la negociación en la mesa zorblat.', textLang: 'es', path: `/news/${ready.slug}`, kind: 'announcements' })
    // The snippet is the Spanish text, the matching words marked as written.
    expect(snippetText(hit!)).toContain('Cómo va la negociación en la mesa zorblat.')
    expect(matched(hit!)).toEqual(expect.arrayContaining(['negociación', 'zorblat']))
  })

  it('ignores accents: "negociacion" and "QUIMBAYÁ" find "negociación" and "quimbaya"', async () => {
    expect(await slugs('negociacion zorblat', 'es')).toContain(ready.slug)
    expect(await slugs('continua zorblat', 'es')).toContain(ready.slug)
    expect(await slugs('QUIMBAYÁ', 'es')).toEqual([ready.slug])
    const { hits } = await find('Reunio quimbaya', 'es')
    expect(hits.map((hit) => hit.slug)).toEqual([ready.slug])
    expect(matched(hits[0]!)).toEqual(expect.arrayContaining(['reunió', 'quimbaya']))
  })

  it('finds an item whose Spanish is not ready by its English text, shown in English, never by the unready Spanish', async () => {
    const { hits } = await find('xylotrek', 'es')
    expect(hits.map((hit) => hit.slug)).toEqual([unready.slug])
    expect(hits[0]).toMatchObject({ title: 'Parking permits for xylotrek staff', summary: 'New xylotrek parking rules.', textLang: 'en' })
    expect(await slugs('zapoteca', 'es')).toEqual([])
    expect(await slugs('estacionamiento', 'es')).not.toContain(unready.slug)
  })

  it('follows the Spanish status both ways: ready shows the Spanish, back to in progress hides it again', async () => {
    const item = await announcement(
      { title: 'Locker room repairs for wendigo', summary: 'Wendigo lockers.', body: 'Repairs start soon.' },
      { title: 'Reparaciones de los casilleros ñandú', summary: 'Casilleros ñandú.', body: 'Las reparaciones empiezan pronto.', spanishStatus: 'in-progress' },
    )
    expect(await slugs('ñandú', 'es')).toEqual([])
    await payload.update({ collection: 'announcements', id: item.id, data: { spanishStatus: 'ready' }, context: { disableRevalidate: true } })
    // "nandu": ñ and ú typed without their marks.
    const found = await find('nandu casilleros', 'es')
    expect(found.hits.map((hit) => hit.slug)).toEqual([item.slug])
    expect(found.hits[0]).toMatchObject({ title: 'Reparaciones de los casilleros ñandú', textLang: 'es' })
    await payload.update({ collection: 'announcements', id: item.id, data: { spanishStatus: 'in-progress' }, context: { disableRevalidate: true } })
    expect(await slugs('ñandú', 'es')).toEqual([])
    expect((await find('wendigo', 'es')).hits[0]).toMatchObject({ slug: item.slug, title: 'Locker room repairs for wendigo', textLang: 'en' })
  })

  it('never indexes a members-only body in Spanish either; the item is found by its Spanish title', async () => {
    const item = await announcement(
      { title: 'Members briefing on the tapir offer', summary: 'For members.', body: 'Confidential tapir figures.' },
      { title: 'Informe para miembros sobre la oferta tapir', summary: 'Para miembros.', body: 'Las cifras confidenciales ornitorrinco.', spanishStatus: 'ready' },
      'members',
    )
    expect(await slugs('ornitorrinco', 'es')).toEqual([])
    const { hits } = await find('oferta tapir', 'es')
    expect(hits.map((hit) => hit.slug)).toEqual([item.slug])
    expect(hits[0]).toMatchObject({ membersOnly: true, textLang: 'es' })
    expect(JSON.stringify(hits[0])).not.toContain('ornitorrinco')
    expect(JSON.stringify(hits[0])).not.toContain('Confidential')
  })
})

describe('English search next to Spanish text', () => {
  it('an English query on the English site does not match Spanish-only words, and the hit stays English', async () => {
    expect(await slugs('quimbaya', 'en')).toEqual([])
    expect(await slugs('negociación', 'en')).toEqual([])
    // Saving the Spanish (in the es locale) left the English row English.
    const { hits } = await find('zorblat', 'en')
    expect(hits.map((hit) => hit.slug)).toEqual([ready.slug])
    expect(hits[0]).toMatchObject({ title: 'Contract talks: the zorblat table meets again', summary: 'Where the zorblat talks stand.', textLang: 'en' })
    expect(snippetText(hits[0]!)).not.toContain('negociación')
  })

  it('the cached search keeps the languages apart (the language is part of the key)', async () => {
    const query = searchQuery.parse({ q: 'zorblat' })
    const [english, spanish] = [await getSearchResults(query, null, 'en'), await getSearchResults(query, null, 'es')]
    expect(english.hits.map((hit) => hit.title)).toEqual(['Contract talks: the zorblat table meets again'])
    expect(spanish.hits.map((hit) => hit.title)).toEqual(['La negociación del contrato zorblat continúa'])
  })
})
