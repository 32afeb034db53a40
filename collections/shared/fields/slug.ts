import type { Field, FieldHook } from 'payload'

import { isSlug, slugify } from '@/lib/content/slugify'

import type { UnknownDoc } from '../unknownDoc'

const fillSlug =
  (from: string): FieldHook<UnknownDoc, unknown> =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

/** URL slug, generated from the title when left empty, editable, unique within the collection. */
export function slugField(from = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: `Part of the address. Filled from the ${from} when left empty.` },
    hooks: { beforeValidate: [fillSlug(from)] },
    validate: (value: unknown) =>
      value == null || value === '' || isSlug(value)
        ? true
        : 'Use lower-case letters, digits and dashes only (e.g. psp-bonus-2022).',
  }
}
