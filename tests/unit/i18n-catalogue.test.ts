import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { en } from '@/lib/i18n/messages/en'
import { es } from '@/lib/i18n/messages/es'
import { messageText } from '@/lib/i18n/messages'

type Tree = { [key: string]: unknown }

/** Every message's path ("layout.skipLink") with its value. */
function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    value && typeof value === 'object' ? leaves(value as Tree, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  )
}

const root = path.resolve(import.meta.dirname, '../..')
const SOURCE_DIRS = ['app', 'components', 'lib', 'collections', 'globals']
const CATALOGUE_DIR = path.join(root, 'lib/i18n/messages')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (full.startsWith(CATALOGUE_DIR)) return []
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx|mjs)$/.test(name) ? [full] : []
  })
}

describe('message catalogues', () => {
  const english = new Map(leaves(en))
  const spanish = new Map(leaves(es))

  it('have the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('have the same kind of message under each key (text, or a function of the same arguments)', () => {
    const mismatched = [...english].filter(([key, value]) => {
      const other = spanish.get(key)
      if (typeof value === 'function') return typeof other !== 'function' || other.length !== value.length
      return typeof other !== 'string'
    })
    expect(mismatched.map(([key]) => key)).toEqual([])
  })

  it('say something in every language (no empty or untranslated-looking text)', () => {
    const empty = [...english, ...spanish].filter(([, value]) => typeof value === 'string' && value.trim() === '')
    expect(empty.map(([key]) => key)).toEqual([])
  })

  it('use every message somewhere in the source, by its full path', () => {
    const source = SOURCE_DIRS.map((dir) => sourceFiles(path.join(root, dir)).map((file) => readFileSync(file, 'utf8')).join('\n')).join('\n')
    const unused = [...english.keys()].filter((key) => !new RegExp(`(?<![\\w$])${key.replaceAll('.', '\\.')}(?![\\w$])`).test(source))
    expect(unused).toEqual([])
  })

  it('leave no words in the markup: labels, placeholders, titles and alt texts come from the catalogue too', () => {
    // eslint's react/jsx-no-literals covers text between tags; props that people read (or hear) are checked here.
    const markup = [...sourceFiles(path.join(root, 'app')), ...sourceFiles(path.join(root, 'components'))].filter(
      (file) => file.endsWith('.tsx') && !file.includes(`${path.sep}(payload)${path.sep}`) && !file.includes(`components${path.sep}admin`),
    )
    const literal = /\b(aria-label|aria-description|placeholder|title|alt|label|heading|description|eyebrow|summary)="[^"]*[A-Za-z]{2,}[^"]*"/g
    const found = markup.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(literal)].map((match) => `${path.relative(root, file)}: ${match[0]}`))
    expect(found).toEqual([])
  })

  it('turn a message key into its text, and leave other text alone', () => {
    expect(messageText('es', 'common.onlyInEnglish')).toBe('Disponible solo en inglés')
    expect(messageText('en', 'common.onlyInEnglish')).toBe('Available in English only')
    expect(messageText('es', 'Too small: expected string to have >=1 characters')).toBe('Too small: expected string to have >=1 characters')
    expect(messageText('es', 'common')).toBe('common')
  })
})
