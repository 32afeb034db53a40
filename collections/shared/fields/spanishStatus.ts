import type { Field } from 'payload'

export const SPANISH_STATUS = [
  { value: 'none', label: 'Not translated' },
  { value: 'in-progress', label: 'In progress (not shown)' },
  { value: 'ready', label: 'Ready (shown in Spanish)' },
] as const

/**
 * Whether the Spanish text may be shown. Publishing stays one act per item (both languages as they
 * stand); the Spanish site and every API show the Spanish text only once this says ready, so a
 * half-done translation that rides along with an English publish never reaches readers.
 */
export const spanishStatusField: Field = {
  name: 'spanishStatus',
  label: 'Spanish',
  type: 'select',
  enumName: 'content_spanish_status',
  options: [...SPANISH_STATUS],
  defaultValue: 'none',
  index: true,
  admin: {
    position: 'sidebar',
    description: 'Until this says Ready (and the item is published), the Spanish site shows the English text with a note.',
  },
}
