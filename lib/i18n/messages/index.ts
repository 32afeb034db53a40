import type { Lang } from '../languages'
import { en } from './en'
import { es } from './es'
import type { MessageKey, Messages } from './types'

export type { MessageKey, Messages }

const catalogues: Record<Lang, Messages> = { en, es }

/**
 * The catalogue of a language. Read messages by their full path from the catalogue itself
 * (`const t = messages(lang)` then `t.news.empty`), never through a saved sub-object: the check in
 * npm test (tests/unit/i18n-catalogue.test.ts) finds unused messages by that path.
 */
export function messages(lang: Lang): Messages {
  return catalogues[lang]
}

/** Marks a string as a message key (type-checked), e.g. a zod message turned into text by `messageText`. */
export function messageKey<Key extends MessageKey>(key: Key): Key {
  return key
}

/** The text of a message key in a language; a string that is not a key (e.g. zod's own message) is returned as is. */
export function messageText(lang: Lang, keyOrText: string): string {
  let node: unknown = catalogues[lang]
  for (const part of keyOrText.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return keyOrText
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : keyOrText
}
