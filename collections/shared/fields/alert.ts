import type { Field } from 'payload'

import { staffOnlyField } from '../access/content'

/**
 * "E-mail members when this is published": off by default, on for bargaining updates. The alert goes
 * once per item, when it goes live (a scheduled item at its time), to members of its regions who chose
 * that kind of e-mail. The panel below it shows the item's sends, a preview and a test send.
 */
export function alertField(defaultOn: boolean): Field {
  return {
    name: 'alert',
    label: 'E-mail alert',
    type: 'group',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'send',
        label: 'E-mail members when this is published',
        type: 'checkbox',
        defaultValue: defaultOn,
        access: { read: staffOnlyField },
        admin: {
          description: 'Goes to members of this item’s regions (everyone for coalition-wide items) who chose these e-mails, once, a couple of minutes after it goes live.',
        },
      },
      { name: 'panel', type: 'ui', admin: { components: { Field: '@/components/admin/AlertPanel#AlertPanel' } } },
    ],
  }
}
