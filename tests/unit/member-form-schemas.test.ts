import { describe, expect, it } from 'vitest'

import { messageText } from '@/lib/i18n/messages'
import { fieldErrors, signUpInput } from '@/lib/schemas/member'
import { signPetitionInput } from '@/lib/schemas/signature'
import { storyInput } from '@/lib/schemas/story'

describe('form schemas', () => {
  it('treat empty optional selects and inputs from an HTML form as not given', () => {
    const signed = signPetitionInput.parse({ name: 'Ana Diaz', email: ' Ana@Example.ORG ', region: '3', local: '', comment: '' })
    expect(signed).toEqual({ name: 'Ana Diaz', email: 'ana@example.org', region: 3, consentToContact: false })
    const member = signUpInput.parse({ name: 'Ana Diaz', email: 'ana@example.org', password: 'long-enough-1', region: '3', local: '', worksite: '' })
    expect(member.local).toBeUndefined()
    expect(member.worksite).toBeUndefined()
  })

  it('read an HTML checkbox ("on") as ticked and a missing one as not', () => {
    expect(signPetitionInput.parse({ name: 'Ana Diaz', email: 'a@b.org', region: 1, consentToContact: 'on' }).consentToContact).toBe(true)
    expect(storyInput.safeParse({ region: 1, text: 'x' }).error?.issues[0]?.path).toEqual(['consentToPublish'])
    expect(storyInput.parse({ region: 1, text: 'x', consentToPublish: 'on', anonymous: 'on' })).toMatchObject({ consentToPublish: true, anonymous: true })
  })

  it('read the sign-up form’s e-mail choices as ticked or not, and leave them out when a client sends none', () => {
    const base = { name: 'Ana Diaz', email: 'ana@example.org', password: 'long-enough-1', region: '3' }
    expect(signUpInput.parse({ ...base, emailPreferences: { bargaining: true, actions: 'on', digest: false } }).emailPreferences).toEqual({
      bargaining: true,
      actions: true,
      digest: false,
    })
    expect(signUpInput.parse({ ...base, emailPreferences: {} }).emailPreferences).toEqual({ bargaining: false, actions: false, digest: false })
    expect(signUpInput.parse(base).emailPreferences).toBeUndefined()
  })

  it('refuse a region that is not an id from the list', () => {
    const message = signPetitionInput.safeParse({ name: 'Ana Diaz', email: 'a@b.org', region: '' }).error?.issues[0]?.message ?? ''
    expect(messageText('en', message)).toBe('Choose from the list')
  })
})

describe('messages for missing fields', () => {
  it('say what to do, not what type was expected', () => {
    const result = signPetitionInput.safeParse({})
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), messageText('en', issue.message)]))
    expect(messages).toEqual({ name: 'Enter your name', email: 'Enter your e-mail address', region: 'Choose from the list' })
  })

  it('are message keys for the signing form, shown in the signer’s language', () => {
    const result = signPetitionInput.safeParse({ name: 'A', email: 'not-an-address', region: 1, comment: 'x'.repeat(501) })
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]))
    expect(issues).toEqual({ name: 'petitions.errorNameRequired', email: 'petitions.errorEmailInvalid', comment: 'petitions.errorCommentTooLong' })
    expect(messageText('es', issues.email!)).toBe('Escriba un correo electrónico válido')
    expect(messageText('en', issues.comment!)).toBe('Keep your comment under 500 characters')
  })
})

describe('member and story messages', () => {
  it('are said in the language of the form', () => {
    const signUp = signUpInput.safeParse({ email: 'not an address', password: 'short', region: '' })
    expect(fieldErrors(signUp.error!, 'es')).toEqual({
      name: 'Escriba su nombre',
      email: 'Escriba un correo electrónico válido',
      password: 'Use al menos 10 caracteres',
      region: 'Elija una opción de la lista',
    })
    expect(fieldErrors(signUp.error!, 'en')).toMatchObject({ name: 'Enter your name', password: 'Use at least 10 characters' })
    const story = storyInput.safeParse({ region: 1, text: 'x'.repeat(5001) })
    expect(fieldErrors(story.error!, 'es')).toEqual({
      text: 'Su historia debe tener menos de 5,000 caracteres',
      consentToPublish: 'Marque esta casilla para que podamos publicar su historia',
    })
  })
})

describe('sign-up language', () => {
  const base = { name: 'Ana Diaz', email: 'ana@example.org', password: 'long-enough-1', region: '3' }

  it('keeps the language the member signed up in, and leaves it out when not sent', () => {
    expect(signUpInput.parse({ ...base, preferredLanguage: 'es' }).preferredLanguage).toBe('es')
    expect(signUpInput.parse(base).preferredLanguage).toBeUndefined()
    expect(signUpInput.safeParse({ ...base, preferredLanguage: 'fr' }).success).toBe(false)
  })
})
