import type { CollectionConfig, Field } from 'payload'

import { AUDIENCE_OPTIONS } from '@/lib/content/audience'

import { contentAccess, membersOnlyBody, regionalListFilter } from './access/content'
import { alertEndpoints } from './endpoints/alertEndpoints'
import { reviewEndpoint } from './endpoints/reviewEndpoint'
import { alertField } from './fields/alert'
import { auditFields } from './fields/audit'
import { importSourceField } from './fields/importSource'
import { regionsFields } from './fields/regions'
import { reviewFields } from './fields/review'
import { slugField } from './fields/slug'
import { spanishStatusField } from './fields/spanishStatus'
import { topicRefsField } from './fields/topics'
import { auditTrail } from './hooks/auditTrail'
import { gateSpanish, trackSpanishStatus } from './hooks/gateSpanish'
import { keepRegionalInScope } from './hooks/keepRegionalInScope'
import { logContentChange, logContentDelete, rememberSaveKind } from './hooks/logActivity'
import { publishTheEditedLanguage } from './hooks/publishOneLanguage'
import { queueAlertOnPublish } from './hooks/queueAlertOnPublish'
import { requireReview } from './hooks/requireReview'
import { rememberPublishedState, revalidateContentChange, revalidateContentDelete } from './hooks/revalidate'
import { syncMediaUsageAfterChange, syncMediaUsageAfterDelete } from './hooks/syncMediaVisibility'

/** Fields that carry an item's substance; on members-only items only members and staff read them. */
export const MEMBERS_ONLY_FIELDS = ['body', 'layout', 'payouts', 'attachments', 'demands', 'keyIssues', 'toolkit', 'keyDates', 'bio', 'quote'] as const
const membersOnlyNames = new Set<string>(MEMBERS_ONLY_FIELDS)

const audienceField: Field = {
  name: 'audience',
  type: 'select',
  enumName: 'content_audience',
  options: AUDIENCE_OPTIONS,
  defaultValue: 'public',
  required: true,
  index: true,
  admin: { position: 'sidebar', description: 'Members-only items are listed to everyone with a lock; only signed-in members read them.' },
}

function guardBody(field: Field): Field {
  if (field.type === 'ui' || !('name' in field) || !membersOnlyNames.has(field.name)) return field
  return { ...field, access: { ...field.access, read: membersOnlyBody } } as Field
}

type ContentOptions = Omit<CollectionConfig, 'fields' | 'access' | 'versions'> & {
  fields: Field[]
  /** Field the slug is generated from. */
  slugFrom?: string
  /** Publishing can e-mail an alert to members (lib/email); `defaultOn` for the checkbox on new items. */
  alert?: { defaultOn: boolean }
}

/**
 * Everything a piece of public content shares: region-scoped access, drafts with autosave and
 * versions, scheduled publish/unpublish, a unique slug, regions and the audit trail.
 */
export function contentCollection({ fields, slugFrom = 'title', hooks, admin, alert, ...rest }: ContentOptions): CollectionConfig {
  return {
    ...rest,
    // Review before publish (endpoints/reviewEndpoint.ts) and the alert panel's status, preview and
    // test send (endpoints/alertEndpoints.ts).
    endpoints: [...(rest.endpoints || []), reviewEndpoint, ...(alert ? alertEndpoints : [])],
    access: contentAccess,
    // The members-only field rule reads the item's audience, even when a query selects only the body.
    // The Spanish gate (hooks/gateSpanish) reads spanishStatus likewise.
    forceSelect: { audience: true, spanishStatus: true },
    admin: {
      group: 'Content',
      baseFilter: regionalListFilter,
      ...admin,
      // Regional staff of untrusted regions get "Submit for review" instead of Publish.
      components: { ...admin?.components, edit: { ...admin?.components?.edit, PublishButton: '@/components/admin/review/PublishOrSubmit#PublishOrSubmit' } },
      // Staff see at a glance which items still lack their Spanish text (and can filter on it).
      defaultColumns: [...(admin?.defaultColumns ?? [slugFrom, '_status', 'regions', 'updatedAt']), 'spanishStatus'],
    },
    versions: {
      maxPerDoc: 50,
      drafts: {
        autosave: { interval: 2000 },
        schedulePublish: { timeIntervals: 5 },
        validate: false,
      },
    },
    hooks: {
      ...hooks,
      beforeChange: [keepRegionalInScope, requireReview, auditTrail, trackSpanishStatus, ...(hooks?.beforeChange ?? []), rememberPublishedState],
      beforeOperation: [...(hooks?.beforeOperation ?? []), publishTheEditedLanguage, rememberSaveKind],
      afterRead: [...(hooks?.afterRead ?? []), gateSpanish],
      afterChange: [...(hooks?.afterChange ?? []), syncMediaUsageAfterChange, revalidateContentChange, ...(alert ? [queueAlertOnPublish] : []), logContentChange],
      afterDelete: [...(hooks?.afterDelete ?? []), syncMediaUsageAfterDelete, revalidateContentDelete, logContentDelete],
    },
    fields: [
      ...fields.map(guardBody),
      audienceField,
      spanishStatusField,
      slugField(slugFrom),
      ...regionsFields(),
      ...(alert ? [alertField(alert.defaultOn)] : []),
      ...reviewFields(),
      ...auditFields(),
      topicRefsField(),
      importSourceField(),
    ],
  }
}
