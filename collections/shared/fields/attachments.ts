import type { Field } from 'payload'

/** Downloads and links that go with an item, e.g. "Text of the policy" (PDF) or an outside page. */
export function attachmentsField(): Field {
  return {
    name: 'attachments',
    type: 'array',
    labels: { singular: 'Attachment', plural: 'Attachments' },
    admin: { initCollapsed: true },
    fields: [
      { name: 'label', type: 'text', required: true },
      {
        name: 'kind',
        type: 'radio',
        defaultValue: 'file',
        options: [
          { value: 'file', label: 'File' },
          { value: 'link', label: 'Link' },
        ],
        admin: { layout: 'horizontal' },
      },
      { name: 'file', type: 'upload', relationTo: 'media', admin: { condition: (_, row) => row?.kind === 'file' } },
      {
        name: 'url',
        type: 'text',
        admin: { condition: (_, row) => row?.kind === 'link' },
        validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
          siblingData?.kind !== 'link' || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
            ? true
            : 'Enter a full address starting with https://',
      },
    ],
  }
}
