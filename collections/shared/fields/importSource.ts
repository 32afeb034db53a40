import type { Field } from 'payload'

import { staffOnlyField } from '../access/content'

const never = () => false

/**
 * Where an imported document came from (lib/import). `key` is unique per collection, so running an
 * import twice finds the document again instead of creating a second one. Written only by the
 * importer (Local API with overrideAccess); staff read it, nobody edits it through an API.
 */
export function importSourceField(): Field {
  return {
    name: 'importSource',
    label: 'Imported from',
    type: 'group',
    access: { read: staffOnlyField, create: never, update: never },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean((data as { importSource?: { key?: string | null } }).importSource?.key),
    },
    fields: [
      { name: 'system', type: 'select', options: [{ label: 'WordPress', value: 'wordpress' }] },
      // `<site URL>#<post id>`: a WordPress id alone is only unique within one site.
      { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
      { name: 'id', label: 'WordPress id', type: 'text' },
      { name: 'url', label: 'Old address', type: 'text' },
      { name: 'author', label: 'WordPress author', type: 'text', admin: { description: 'Kept when no staff account has the author’s e-mail.' } },
      // A digest of what was imported: the same input again changes nothing (lib/import/wordpress/importItem.ts).
      { name: 'hash', type: 'text', admin: { hidden: true } },
    ],
  }
}
