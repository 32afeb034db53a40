import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { getEnv } from '@/lib/env'
import { answerMissingFile } from '@/lib/http/answerMissingFile'
import { CYCLE_RELATIONSHIP_COMPLEXITY } from '@/lib/graphql/limits'
import { STORY_TEXT_MAX } from '@/lib/schemas/story'
import { mediaDir } from '@/lib/storage/mediaDir'
import { STORY_MEDIA } from '@/lib/stories/checkUpload'

import { staffOnlyField } from '../shared/access/content'
import { isAdmin } from '../shared/access/roles'
import { bylineRead, moderateStories, readStories, staffOrSubmitter } from './access'
import { emailModerationOutcome } from './emailModerationOutcome'
import { revalidateApprovedStory } from './revalidateApprovedStory'
import { setStoryLabel } from './setStoryLabel'
import { submitStoryEndpoint } from './submitEndpoint'

const never = () => false

const STORY_STATUS = [
  { value: 'pending', label: 'Pending' },
  { value: 'approved', label: 'Approved' },
  { value: 'needs-edit', label: 'Needs edit' },
  { value: 'rejected', label: 'Rejected' },
]

/** Members' stories (text and/or one photo or video), moderated by staff before anything is public. */
export const Stories: CollectionConfig = {
  slug: 'stories',
  labels: { singular: 'Story', plural: 'Stories' },
  admin: { group: 'Campaigns', useAsTitle: 'label', defaultColumns: ['label', 'status', 'flagged', 'region', 'campaign', 'createdAt'] },
  defaultSort: '-createdAt',
  // Submissions come only through POST /api/stories/submit (validated, type-checked, flagged, rate-limited).
  access: { read: readStories, create: never, update: moderateStories, delete: isAdmin },
  // Field rules below read these, so they are loaded even when a query selects other fields only.
  forceSelect: { anonymous: true, submitter: true, status: true },
  endpoints: [submitStoryEndpoint],
  hooks: { beforeChange: [setStoryLabel], afterChange: [revalidateApprovedStory, emailModerationOutcome] },
  upload: {
    // On disk unless S3_BUCKET is set (lib/storage/uploadStorage), like media.
    staticDir: path.join(mediaDir(getEnv()), 'stories'),
    mimeTypes: Object.keys(STORY_MEDIA),
    filesRequiredOnCreate: false,
    handlers: [(req, args) => answerMissingFile(req, args) as Promise<void>],
    // Served as what they were checked to be, never sniffed into something else (e.g. HTML).
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Content-Disposition', 'inline; filename="story"')
      return headers
    },
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      access: { create: never, update: never },
      // Not `hidden`: that would drop it from the list columns too. The edit view shows it as its heading.
      admin: { readOnly: true, condition: () => false },
    },
    { name: 'title', type: 'text', maxLength: 120 },
    { name: 'text', type: 'textarea', maxLength: STORY_TEXT_MAX },
    {
      name: 'status',
      type: 'select',
      enumName: 'story_status',
      options: STORY_STATUS,
      defaultValue: 'pending',
      required: true,
      index: true,
      access: { update: staffOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'flagged',
      label: 'Possible patient details',
      type: 'textarea',
      access: { read: staffOnlyField, create: never, update: never },
      admin: { position: 'sidebar', readOnly: true, description: 'Set automatically. Edit the story to remove them before approving.' },
    },
    { name: 'moderatorNote', type: 'textarea', access: { read: staffOrSubmitter, update: staffOnlyField }, admin: { position: 'sidebar', description: 'Shown to the submitter when you ask for an edit.' } },
    { name: 'region', type: 'relationship', relationTo: 'regions', required: true, index: true },
    { name: 'local', type: 'relationship', relationTo: 'locals', index: true },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', graphQL: { complexity: CYCLE_RELATIONSHIP_COMPLEXITY }, index: true },
    { name: 'consentToPublish', type: 'checkbox', required: true, access: { update: never } },
    { name: 'anonymous', label: 'Publish without my name', type: 'checkbox', defaultValue: false },
    { name: 'byline', type: 'text', access: { read: bylineRead, update: staffOnlyField } },
    { name: 'submitter', type: 'relationship', relationTo: 'members', index: true, access: { read: staffOrSubmitter, update: never } },
  ],
}
