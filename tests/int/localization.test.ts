import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number

const quiet = { disableRevalidate: true }

/** A published announcement with English text, and Spanish text in the given state. */
async function announcement(spanish: { title: string; status: 'none' | 'in-progress' | 'ready' } | null) {
  const doc = await makeDoc(payload, 'announcements', { regions: [ncal], status: 'published', title: `Bonus rules ${Math.random()}` })
  await payload.update({ collection: 'announcements', id: doc.id, data: { summary: 'Who gets the bonus.' }, context: quiet })
  if (spanish?.status === 'ready') {
    // Publishing from the Spanish editor, marked ready.
    await payload.update({ collection: 'announcements', id: doc.id, locale: 'es', data: { title: spanish.title, spanishStatus: 'ready', _status: 'published' }, context: quiet })
  } else if (spanish) {
    // A Spanish text in progress that went live with a publish of every language (a scheduled publish).
    await payload.update({ collection: 'announcements', id: doc.id, locale: 'es', data: { title: spanish.title, spanishStatus: spanish.status }, draft: true, context: quiet })
    await payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'published' }, context: quiet })
  }
  return payload.findByID({ collection: 'announcements', id: doc.id, locale: 'en' })
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
})

describe('reading an item in Spanish', () => {
  it('REST, GraphQL and the Local API give ready Spanish text, with English where a field has none', async () => {
    const doc = await announcement({ title: 'Reglas del bono', status: 'ready' })
    const viaRest = await rest(`/api/announcements/${doc.id}?locale=es&fallback-locale=en`)
    expect(viaRest.status).toBe(200)
    expect(viaRest.json.title).toBe('Reglas del bono')
    expect(viaRest.json.summary).toBe('Who gets the bonus.')

    const noFallback = await rest(`/api/announcements/${doc.id}?locale=es&fallback-locale=none`)
    expect(noFallback.json.title).toBe('Reglas del bono')
    expect(noFallback.json.summary ?? null).toBeNull()

    const viaGraphql = await graphql<{ Announcement: { title: string; summary: string } | null }>(
      `{ Announcement(id: ${doc.id}, locale: es, fallbackLocale: en) { title summary } }`,
    )
    expect(viaGraphql.data?.Announcement).toEqual({ title: 'Reglas del bono', summary: 'Who gets the bonus.' })

    const local = await payload.findByID({ collection: 'announcements', id: doc.id, locale: 'es', fallbackLocale: 'en', overrideAccess: false })
    expect(local.title).toBe('Reglas del bono')
    const english = await rest(`/api/announcements/${doc.id}`)
    expect(english.json.title).toBe(doc.title)
  })

  it('gives readers the English text while the Spanish is not marked ready, through every API', async () => {
    const doc = await announcement({ title: 'Borrador a medias', status: 'in-progress' })
    const viaRest = await rest(`/api/announcements/${doc.id}?locale=es&fallback-locale=en`)
    expect(viaRest.json.title).toBe(doc.title)
    expect(viaRest.text).not.toContain('Borrador a medias')

    const list = await rest(`/api/announcements?locale=es&where[id][equals]=${doc.id}`)
    expect(list.json.docs?.[0]?.title).toBe(doc.title)

    const all = await rest(`/api/announcements/${doc.id}?locale=all`)
    expect(all.json.title).toEqual({ en: doc.title })
    expect(all.text).not.toContain('Borrador a medias')

    const viaGraphql = await graphql(`{ Announcements(locale: es, where: { id: { equals: ${doc.id} } }) { docs { title } } }`)
    expect(JSON.stringify(viaGraphql)).not.toContain('Borrador a medias')
    expect(viaGraphql.data?.Announcements?.docs?.[0]?.title).toBe(doc.title)

    const local = await payload.findByID({ collection: 'announcements', id: doc.id, locale: 'es', overrideAccess: false })
    expect(local.title).toBe(doc.title)

    // Staff translating it see their Spanish text (the admin and the preview).
    const staff = await rest(`/api/announcements/${doc.id}?locale=es`, { token: actors.communications.token })
    expect(staff.json.title).toBe('Borrador a medias')
  })

  it('falls back to English for an item nobody has translated', async () => {
    const doc = await announcement(null)
    const viaRest = await rest(`/api/announcements/${doc.id}?locale=es&fallback-locale=en`)
    expect(viaRest.json.title).toBe(doc.title)
    expect(viaRest.json.spanishStatus).toBe('none')
  })

  it('marks an item as in progress when its Spanish text is first saved', async () => {
    const doc = await announcement(null)
    await payload.update({ collection: 'announcements', id: doc.id, locale: 'es', data: { title: 'Empezado' }, draft: true, context: quiet })
    const latest = await payload.findByID({ collection: 'announcements', id: doc.id, draft: true, locale: 'es' })
    expect(latest.spanishStatus).toBe('in-progress')
  })
})

describe('publishing one language', () => {
  it('a Spanish draft stays out of the published item until someone publishes it', async () => {
    const doc = await announcement({ title: 'Reglas del bono', status: 'ready' })
    await payload.update({ collection: 'announcements', id: doc.id, locale: 'es', data: { title: 'Nueva versión sin revisar' }, draft: true, context: quiet })
    for (const path of [`/api/announcements/${doc.id}?locale=es`, `/api/announcements/${doc.id}?locale=es&draft=true`]) {
      const response = await rest(path)
      expect(response.json.title).toBe('Reglas del bono')
      expect(response.text).not.toContain('Nueva versión sin revisar')
    }
    const english = await rest(`/api/announcements/${doc.id}`)
    expect(english.json.title).toBe(doc.title)
  })

  it('publishing from the English editor publishes the English only; the pending Spanish draft stays a draft', async () => {
    const doc = await announcement({ title: 'Reglas del bono', status: 'ready' })
    const token = actors.communications.token
    const draft = await rest(`/api/announcements/${doc.id}?locale=es&draft=true&autosave=true`, { method: 'PATCH', token, body: { title: 'Traducción pendiente' } })
    expect(draft.status).toBe(200)
    const publish = await rest(`/api/announcements/${doc.id}?locale=en&draft=false`, {
      method: 'PATCH',
      token,
      body: { title: 'Bonus rules, corrected', _status: 'published' },
    })
    expect(publish.status).toBe(200)

    expect((await rest(`/api/announcements/${doc.id}`)).json.title).toBe('Bonus rules, corrected')
    const spanish = await rest(`/api/announcements/${doc.id}?locale=es`)
    expect(spanish.json.title).toBe('Reglas del bono')
    expect(spanish.text).not.toContain('Traducción pendiente')
    // The translator's work is still there for them to finish.
    const pending = await rest(`/api/announcements/${doc.id}?locale=es&draft=true`, { token })
    expect(pending.json.title).toBe('Traducción pendiente')
  })

  it('publishing from the Spanish editor publishes the Spanish and leaves a pending English edit alone; readers get it once it is ready', async () => {
    const doc = await announcement(null)
    const token = actors.communications.token
    await rest(`/api/announcements/${doc.id}?locale=en&draft=true`, { method: 'PATCH', token, body: { title: 'English edit not yet reviewed' } })
    const publish = await rest(`/api/announcements/${doc.id}?locale=es&draft=false`, { method: 'PATCH', token, body: { title: 'Reglas del bono', _status: 'published' } })
    expect(publish.status).toBe(200)
    // Published but not yet marked ready: readers still get the English.
    expect((await rest(`/api/announcements/${doc.id}?locale=es`)).json).toMatchObject({ title: doc.title, spanishStatus: 'in-progress' })
    await rest(`/api/announcements/${doc.id}?locale=es&draft=false`, { method: 'PATCH', token, body: { spanishStatus: 'ready', _status: 'published' } })

    const spanish = await rest(`/api/announcements/${doc.id}?locale=es`)
    expect(spanish.json.title).toBe('Reglas del bono')
    expect(spanish.json.spanishStatus).toBe('ready')
    const english = await rest(`/api/announcements/${doc.id}`)
    expect(english.json.title).toBe(doc.title)
    expect(english.text).not.toContain('English edit not yet reviewed')
  })

  it('a publish of every language (scheduled, scripts) still never shows a Spanish text not marked ready', async () => {
    const doc = await announcement({ title: 'Reglas del bono', status: 'ready' })
    await payload.update({ collection: 'announcements', id: doc.id, locale: 'es', data: { title: 'Cambio sin revisar', spanishStatus: 'in-progress' }, draft: true, context: quiet })
    await payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'published' }, context: quiet })
    const spanish = await rest(`/api/announcements/${doc.id}?locale=es`)
    expect(spanish.json.title).toBe(doc.title)
    expect(spanish.text).not.toContain('Cambio sin revisar')
  })

  it('unpublishing takes the item down in both languages, and a Spanish save does not unpublish the English', async () => {
    const doc = await announcement({ title: 'Reglas del bono', status: 'ready' })
    await payload.update({ collection: 'announcements', id: doc.id, locale: 'es', data: { title: 'Reglas del bono (revisado)' }, draft: true, context: quiet })
    expect((await rest(`/api/announcements/${doc.id}`)).status).toBe(200)
    await payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'draft' }, context: quiet })
    expect((await rest(`/api/announcements/${doc.id}`)).status).toBe(404)
    expect((await rest(`/api/announcements/${doc.id}?locale=es`)).status).toBe(404)
  })
})
