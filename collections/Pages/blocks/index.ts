import type { Block } from 'payload'

import { CTA_KINDS } from '@/lib/content/options'

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [{ name: 'content', type: 'richText', required: true }],
}

export const ImageBlock: Block = {
  slug: 'image',
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
  ],
}

export const QuoteBlock: Block = {
  slug: 'quote',
  fields: [
    { name: 'quote', type: 'textarea', required: true },
    { name: 'attribution', type: 'text' },
    { name: 'source', type: 'text', admin: { description: 'e.g. the agreement or speech it comes from, with its year.' } },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'kind', type: 'select', options: CTA_KINDS, defaultValue: 'link' },
    { name: 'label', type: 'text', required: true },
    { name: 'url', type: 'text', required: true },
  ],
}

export const TimelineBlock: Block = {
  slug: 'timeline',
  labels: { singular: 'Timeline', plural: 'Timelines' },
  fields: [
    { name: 'heading', type: 'text' },
    {
      name: 'milestones',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', required: true, min: 1900, max: 2100 },
            { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' }, description: 'Exact day, if known.' } },
            { name: 'title', type: 'text', required: true },
          ],
        },
        { name: 'description', type: 'textarea' },
      ],
    },
  ],
}

export const pageBlocks = [RichTextBlock, ImageBlock, QuoteBlock, CallToActionBlock, TimelineBlock]
