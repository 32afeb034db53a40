// E-mails go out in the recipient's language: a member's preferredLanguage, or for a signature receipt
// the language of the page signed on. Spanish e-mails link to the Spanish pages; English ones are as before.
// Both parts come from React Email (lib/email/render.ts): the wording and links are checked here, the
// layout around them in tests/unit/email-render.test.ts.
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as signRoute } from '@/app/(site)/api/petitions/[campaignSlug]/sign/route'
import { linkIn, outbox, type OutboxMessage } from '@/lib/email/outbox'
import { signPetition } from '@/lib/petitions/signPetition'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { contentCleanup, freshIp, pathOf, type SignedInMember, signUpAndConfirm, uniqueEmail } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number
let ana: SignedInMember
let eve: SignedInMember
const cleanup = contentCleanup(() => payload)
const quiet = { disableRevalidate: true }

const SITE = 'http://localhost:3000'
const MAGIC = `${SITE}/api/members/magic-link/verify`
const CONFIRM = `${SITE}/api/members/confirm`

afterAll(() => cleanup.run())

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  ana = await signUpAndConfirm(payload, ncal, 'Ana Ruiz', 'es')
  eve = await signUpAndConfirm(payload, ncal, 'Eve Walker', 'en')
})

/** The newest message to `to` whose subject matches, so a test never reads an earlier e-mail by mistake. */
function lastMail(to: string, subject: RegExp): OutboxMessage {
  const message = outbox(to).find((candidate) => subject.test(candidate.subject))
  if (!message) throw new Error(`no e-mail to ${to} matching ${subject}; got ${outbox(to).map((m) => m.subject).join(' | ')}`)
  return message
}

/** The HTML part holds these paragraphs (as escaped HTML), one after the other. */
function expectParagraphs(html: string, paragraphs: string[]) {
  const found = [...html.matchAll(/<p [^>]*>(.*?)<\/p>/g)].map((match) => match[1])
  const start = found.indexOf(paragraphs[0])
  expect(start, `paragraphs ${found.join(' | ')}`).toBeGreaterThanOrEqual(0)
  expect(found.slice(start, start + paragraphs.length)).toEqual(paragraphs)
}

/** The e-mail's one button: a link to `href` (as written in the HTML) labelled `label`. */
function expectLink(html: string, href: string, label: string) {
  const link = html.match(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/)
  expect(link?.[1]).toBe(href)
  expect(link?.[2]).toContain(`>${label}</span>`)
}

async function follow(link: string) {
  const request = new Request(`${SITE}${pathOf(link)}`)
  return handleEndpoints({ config, path: new URL(request.url).pathname, request })
}

describe('sign-up confirmation', () => {
  it('is in Spanish for a member who signed up in Spanish, and lands on the Spanish sign-in page', async () => {
    const email = uniqueEmail('alta')
    const signup = await rest('/api/members/signup', {
      method: 'POST',
      body: { name: 'Rosa <Díaz>', email, password: 'Member-pass-2026', region: ncal, preferredLanguage: 'es' },
      headers: freshIp(),
    })
    expect(signup.status).toBe(201)
    const mail = outbox(email)[0]!
    expect(mail.subject).toBe('Confirme su correo electrónico')
    expect(mail.html).toContain('<html dir="ltr" lang="es-US">')
    expectParagraphs(mail.html, ['Hola, Rosa &lt;Díaz&gt;:', 'Para terminar de inscribirse en el Portal de la Coalición, solo falta confirmar su dirección de correo electrónico.'])
    expect(mail.html).toMatch(/<a href="http:\/\/localhost:3000\/api\/members\/confirm\?token=[0-9a-f]+&amp;lang=es"[^>]*>.*>Confirmar mi correo<\/span>/)
    const confirmed = await follow(linkIn(mail, CONFIRM)!)
    expect(confirmed.headers.get('location')).toBe(`${SITE}/es/signin?confirmed=1`)
  })

  it('is unchanged in English', async () => {
    const email = uniqueEmail('signup')
    await rest('/api/members/signup', { method: 'POST', body: { name: 'Sam Lee', email, password: 'Member-pass-2026', region: ncal }, headers: freshIp() })
    const mail = outbox(email)[0]!
    expect(mail.subject).toBe('Confirm your e-mail address')
    expect(mail.html).toContain('<html dir="ltr" lang="en-US">')
    expectParagraphs(mail.html, ['Hello Sam Lee,', 'Please confirm your e-mail address to finish signing up to the Coalition Portal.'])
    expect(mail.html).toMatch(/<a href="http:\/\/localhost:3000\/api\/members\/confirm\?token=[0-9a-f]+"[^>]*>.*>Confirm my e-mail address<\/span>/)
    expect((await follow(linkIn(mail, CONFIRM)!)).headers.get('location')).toBe(`${SITE}/signin?confirmed=1`)
  })
})

describe('sign-in link', () => {
  it('is in Spanish for a Spanish-preferring member, and signs them in to the Spanish account page', async () => {
    await rest('/api/members/magic-link', { method: 'POST', body: { email: ana.email }, headers: freshIp() })
    const mail = lastMail(ana.email, /enlace/)
    expect(mail.subject).toBe('Su enlace para iniciar sesión')
    const link = linkIn(mail, MAGIC)!
    expect(link).toMatch(/^http:\/\/localhost:3000\/api\/members\/magic-link\/verify\?token=[A-Za-z0-9_-]{43}&lang=es$/)
    expect(mail.text).toContain(
      `Hola, Ana Ruiz:\n\nCon este enlace entra al Portal de la Coalición. Sirve una sola vez y vence en 15 minutos.\n\nSi usted no lo pidió, puede ignorar este correo.\n\nIniciar sesión: ${link}\n`,
    )
    expectParagraphs(mail.html, [
      'Hola, Ana Ruiz:',
      'Con este enlace entra al Portal de la Coalición. Sirve una sola vez y vence en 15 minutos.',
      'Si usted no lo pidió, puede ignorar este correo.',
    ])
    expectLink(mail.html, link.replace('&', '&amp;'), 'Iniciar sesión')
    const signedIn = await follow(link)
    expect(signedIn.headers.get('location')).toBe(`${SITE}/es/account`)
    // Used once: the expired answer is in Spanish too.
    expect((await follow(link)).headers.get('location')).toBe(`${SITE}/es/signin?link=expired`)
  })

  it('keeps the page the member started from', async () => {
    await rest('/api/members/magic-link', { method: 'POST', body: { email: ana.email, next: '/es/campaigns/carta' }, headers: freshIp() })
    const link = linkIn(lastMail(ana.email, /enlace/), MAGIC)!
    expect(link).toContain('&next=%2Fes%2Fcampaigns%2Fcarta&lang=es')
    expect((await follow(link)).headers.get('location')).toBe(`${SITE}/es/campaigns/carta`)
  })

  it('is unchanged in English', async () => {
    await rest('/api/members/magic-link', { method: 'POST', body: { email: eve.email }, headers: freshIp() })
    const mail = lastMail(eve.email, /sign-in link/)
    expect(mail.subject).toBe('Your sign-in link')
    const link = linkIn(mail, MAGIC)!
    expect(link).toMatch(/^http:\/\/localhost:3000\/api\/members\/magic-link\/verify\?token=[A-Za-z0-9_-]{43}$/)
    expect(mail.text).toContain(
      `Hello Eve Walker,\n\nUse this link to sign in to the Coalition Portal. It works once, for 15 minutes.\n\nIf you did not ask for it, ignore this e-mail.\n\nSign me in: ${link}\n`,
    )
    expectParagraphs(mail.html, [
      'Hello Eve Walker,',
      'Use this link to sign in to the Coalition Portal. It works once, for 15 minutes.',
      'If you did not ask for it, ignore this e-mail.',
    ])
    expectLink(mail.html, link, 'Sign me in')
    expect((await follow(link)).headers.get('location')).toBe(`${SITE}/account`)
  })
})

describe('signature receipt', () => {
  let counter = 0

  /** A published campaign that takes signatures, with its Spanish title ready (or still in progress). */
  async function campaign(spanish: 'ready' | 'in-progress') {
    const english = `Fund safe staffing ${Date.now()}-${++counter}`
    const doc = cleanup.track(
      'campaigns',
      await payload.create({
        collection: 'campaigns',
        data: { title: english, status: 'active', audience: 'public', cta: { kind: 'sign', label: 'Sign' }, _status: 'published' },
        context: quiet,
      }),
    )
    const title = `Personal suficiente y seguro ${counter}`
    if (spanish === 'ready') {
      await payload.update({ collection: 'campaigns', id: doc.id, locale: 'es', data: { title, spanishStatus: 'ready', _status: 'published' }, context: quiet })
    } else {
      await payload.update({ collection: 'campaigns', id: doc.id, locale: 'es', data: { title, spanishStatus: 'in-progress' }, draft: true, context: quiet })
      await payload.update({ collection: 'campaigns', id: doc.id, data: { _status: 'published' }, context: quiet })
    }
    return { slug: doc.slug!, english, spanish: title }
  }

  async function signAs(slug: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await signRoute(
      new Request(`${SITE}/api/petitions/${slug}/sign`, { method: 'POST', headers: { 'content-type': 'application/json', ...freshIp(), ...headers }, body: JSON.stringify(body) }),
      { params: Promise.resolve({ campaignSlug: slug }) },
    )
    expect(response.status).toBe(201)
  }

  it('is in Spanish, with the Spanish title and a link to the Spanish page, for a Spanish-preferring member', async () => {
    const { slug, spanish } = await campaign('ready')
    await signAs(slug, {}, { authorization: `JWT ${ana.token}` })
    const mail = lastMail(ana.email, /firma/)
    expect(mail.subject).toBe(`Recibimos su firma: ${spanish}`)
    expect(mail.text).toContain(`Gracias, Ana Ruiz. Su firma en “${spanish}” ya cuenta.\n\nComparta la campaña: ${SITE}/es/campaigns/${slug}\n`)
    expectParagraphs(mail.html, [`Gracias, Ana Ruiz. Su firma en “${spanish}” ya cuenta.`])
    expectLink(mail.html, `${SITE}/es/campaigns/${slug}`, 'Comparta la campaña')
  })

  it('uses the English title while the Spanish one is not ready, still in Spanish', async () => {
    const { slug, english, spanish } = await campaign('in-progress')
    await signAs(slug, {}, { authorization: `JWT ${ana.token}` })
    const mail = lastMail(ana.email, /firma/)
    expect(mail.subject).toBe(`Recibimos su firma: ${english}`)
    expect(`${mail.text}${mail.html}`).not.toContain(spanish)
    expect(linkIn(mail, SITE)).toBe(`${SITE}/es/campaigns/${slug}`)
  })

  it('follows the page’s language for someone who is not signed in, and escapes what they typed', async () => {
    const { slug, spanish } = await campaign('ready')
    const email = uniqueEmail('firmante')
    const signer = { name: 'Luz <b>Mar</b>', email, region: ncal, consentToContact: true }
    await signPetition(payload, slug, signer, { ip: null, lang: 'es' })
    const mail = lastMail(email, /firma/)
    expect(mail.subject).toBe(`Recibimos su firma: ${spanish}`)
    expectParagraphs(mail.html, [`Gracias, Luz &lt;b&gt;Mar&lt;/b&gt;. Su firma en “${spanish}” ya cuenta.`])
    expect(mail.html).not.toContain('<b>')
    expectLink(mail.html, `${SITE}/es/campaigns/${slug}`, 'Comparta la campaña')
    // The page language wins over a member's own: an English-preferring member signing on a Spanish page.
    const member = await payload.findByID({ collection: 'members', id: eve.id, depth: 0 })
    await signPetition(payload, slug, {}, { member, ip: null, lang: 'es' })
    expect(lastMail(eve.email, /firma/).subject).toBe(`Recibimos su firma: ${spanish}`)
  })

  it('is unchanged in English for an English member and for anyone without a language', async () => {
    const { slug, english } = await campaign('ready')
    const other = await campaign('ready')
    await signAs(slug, {}, { authorization: `JWT ${eve.token}` })
    const mail = lastMail(eve.email, /You signed/)
    expect(mail.subject).toBe(`You signed: ${english}`)
    expect(mail.text).toContain(`Thank you, Eve Walker. Your signature on “${english}” is counted.\n\nShare the campaign: ${SITE}/campaigns/${slug}\n`)
    expectParagraphs(mail.html, [`Thank you, Eve Walker. Your signature on “${english}” is counted.`])
    expectLink(mail.html, `${SITE}/campaigns/${slug}`, 'Share the campaign')

    const email = uniqueEmail('signer')
    await signAs(other.slug, { name: 'Pat Signer', email, region: ncal, consentToContact: true })
    expect(lastMail(email, /You signed/).subject).toBe(`You signed: ${other.english}`)
  })
})

describe('story moderation', () => {
  let png: Buffer
  beforeAll(async () => {
    png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#993366' } }).png().toBuffer()
  })

  async function submit(member: SignedInMember, fields: Record<string, string>, file?: Buffer) {
    const form = new FormData()
    for (const [key, value] of Object.entries({ region: String(ncal), consentToPublish: 'on', ...fields })) form.set(key, value)
    if (file) form.set('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), 'foto.png')
    const request = new Request(`${SITE}/api/stories/submit`, { method: 'POST', headers: { ...freshIp(), authorization: `JWT ${member.token}` }, body: form })
    const response = await handleEndpoints({ config, path: '/api/stories/submit', request })
    expect(response.status).toBe(201)
    return ((await response.json()) as { id: number }).id
  }
  const moderate = async (id: number, body: Record<string, unknown>) =>
    expect((await rest(`/api/stories/${id}`, { method: 'PATCH', token: actors.communications.token, body })).status).toBe(200)

  it('tells a Spanish-preferring member in Spanish that their story is published, with a link to the Spanish stories', async () => {
    const id = await submit(ana, { title: 'Noches de turno', text: 'Nuestro equipo se apoyó cada noche.', anonymous: 'on' })
    await moderate(id, { status: 'approved' })
    const mail = lastMail(ana.email, /historia/)
    expect(mail.subject).toBe('Ya publicamos su historia')
    expect(mail.text).toContain(
      'Hola, Ana Ruiz:\n\nGracias: su historia “Noches de turno” ya está publicada en el Portal de la Coalición, sin su nombre, como usted lo pidió.\n\n' +
        'Si la comparte con sus compañeros de trabajo, anima a otros a contar lo que viven.\n\n' +
        `Leer las historias: ${SITE}/es/stories\n`,
    )
    expectLink(mail.html, `${SITE}/es/stories`, 'Leer las historias')
  })

  it('passes on the moderator’s note in Spanish, escaped, with a link to the Spanish account page', async () => {
    const id = await submit(ana, { text: 'Una historia sobre la farmacia.' })
    await moderate(id, { status: 'needs-edit', moderatorNote: 'Quite el nombre de la unidad <b>4 Oeste</b> & la fecha.' })
    const mail = lastMail(ana.email, /historia/)
    expect(mail.subject).toBe('Su historia: un cambio antes de publicarla')
    expectParagraphs(mail.html, [
      'Hola, Ana Ruiz:',
      'Gracias por su historia “Una historia sobre la farmacia.”. Antes de publicarla, nuestro equipo le pide un cambio:',
      'Quite el nombre de la unidad &lt;b&gt;4 Oeste&lt;/b&gt; &amp; la fecha.',
      'Esta nota también está en la página de su cuenta, para cuando la necesite.',
    ])
    expect(mail.html).not.toContain('<b>')
    expectLink(mail.html, `${SITE}/es/account`, 'Abrir mi cuenta')
  })

  it('declines in Spanish, naming a photo-only story in Spanish', async () => {
    const id = await submit(ana, {}, png)
    await moderate(id, { status: 'rejected' })
    const mail = lastMail(ana.email, /historia/)
    expect(mail.subject).toBe('Sobre la historia que nos compartió')
    expect(mail.text).toMatch(/\nHola, Ana Ruiz:\n\nGracias por tomarse el tiempo de contarnos su historia “Historia con foto”\. Leemos cada historia/)
    expect(mail.text).toContain('siempre puede compartir otra historia.')
    expect(linkIn(mail, SITE)).toBe(`${SITE}/es/account`)
    expect(mail.text).not.toMatch(/Photo story|Thank you/)
  })

  it('is unchanged in English for an English-preferring member', async () => {
    const id = await submit(eve, { title: 'Surge nights', text: 'We pulled together.' })
    await moderate(id, { status: 'approved' })
    const mail = lastMail(eve.email, /story/)
    expect(mail.subject).toBe('Your story is published')
    expect(mail.text).toContain(
      'Hello Eve Walker,\n\nThank you: your story “Surge nights” is now published on the Coalition Portal.\n\n' +
        'Sharing it with co-workers helps others speak up too.\n\n' +
        `Read the stories: ${SITE}/stories\n`,
    )
    const photo = await submit(eve, {}, png)
    await moderate(photo, { status: 'rejected' })
    const declined = lastMail(eve.email, /About the story/)
    expect(declined.text).toContain('your story “Photo story”. We read every story carefully')
    expect(linkIn(declined, SITE)).toBe(`${SITE}/account`)
  })
})
