// The site's two languages. English lives at the unprefixed URLs it always had; Spanish is the same
// path under /es (slugs stay one per item), so a page's other language is always one prefix away.

export const LANGUAGES = ['en', 'es'] as const
export type Lang = (typeof LANGUAGES)[number]
export const DEFAULT_LANG: Lang = 'en'

/** `generateStaticParams` of everything under `[lang]` that is built ahead in both languages. */
export function languageParams(): Array<{ lang: Lang }> {
  return LANGUAGES.map((lang) => ({ lang }))
}

/** The cookie the language switch (and sign-in, from the member's profile) writes. */
export const LANG_COOKIE = 'lang'

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es'
}

/** A route's `[lang]` param; anything else is English (the route itself 404s unknown values). */
export function toLang(value: unknown): Lang {
  return isLang(value) ? value : DEFAULT_LANG
}

/** BCP 47 tag for <html lang>, hreflang and Intl: US English and US Spanish. */
export const INTL_LOCALE = { en: 'en-US', es: 'es-US' } as const satisfies Record<Lang, string>

/** Open Graph's locale form. */
export const OG_LOCALE = { en: 'en_US', es: 'es_US' } as const satisfies Record<Lang, string>

/** The name of each language in itself, for the switch. */
export const LANGUAGE_NAME = { en: 'English', es: 'Español' } as const satisfies Record<Lang, string>

/** The path of a page in a language: `/news/x` → `/es/news/x`; English keeps the unprefixed path. */
export function localizedPath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (lang === DEFAULT_LANG) return clean
  return clean === '/' ? `/${lang}` : `/${lang}${clean}`
}

/** The language of a public path: `/es/news?x` → es, `/news?x` → en. */
export function langOfPath(path: string): Lang {
  return /^\/es(?=\/|\?|#|$)/.test(path) ? 'es' : DEFAULT_LANG
}

/** The page path without any language prefix, also the internal `/en/…` a prerender sees: for comparing with nav links. */
export function pagePath(pathname: string): string {
  return pathname.replace(/^\/(?:en|es)(?=\/|$)/, '') || '/'
}

/** Every language version of a path, for hreflang alternates and the sitemap. */
export function languageAlternates(path: string): Record<string, string> {
  const entries: Array<[string, string]> = LANGUAGES.map((lang) => [INTL_LOCALE[lang], localizedPath(lang, path)])
  return Object.fromEntries([...entries, ['x-default', localizedPath(DEFAULT_LANG, path)]])
}
