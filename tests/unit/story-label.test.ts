import { describe, expect, it } from 'vitest'

import { STORY_LABEL_LENGTH, storyLabel } from '@/lib/stories/storyLabel'

describe('storyLabel', () => {
  it('uses the title when there is one', () => {
    expect(storyLabel({ title: '  Night shift  ', text: 'Anything', mimeType: 'image/png' })).toBe('Night shift')
  })

  it('keeps a short text whole', () => {
    expect(storyLabel({ title: '', text: 'Our unit pulled\ntogether.' })).toBe('Our unit pulled together.')
  })

  it('cuts a long text at a word boundary and adds an ellipsis', () => {
    const text = 'Our unit pulled together every night of the surge, and nobody complained once about the hours.'
    const label = storyLabel({ title: null, text })
    expect(label).toBe('Our unit pulled together every night of the surge, and…')
    expect(label.length).toBeLessThanOrEqual(STORY_LABEL_LENGTH + 1)
    expect(text.startsWith(label.slice(0, -1))).toBe(true)
  })

  it('keeps a word that ends exactly at the limit', () => {
    const text = `${'a'.repeat(55)} bcde fgh`
    expect(storyLabel({ text })).toBe(`${'a'.repeat(55)} bcde…`)
  })

  it('cuts one very long word hard rather than leaving almost nothing', () => {
    const text = `I ${'x'.repeat(100)}`
    expect(storyLabel({ text })).toBe(`I ${'x'.repeat(58)}…`)
  })

  it('does not split an emoji when cutting hard', () => {
    const label = storyLabel({ text: '😀'.repeat(70) })
    expect(label).toBe(`${'😀'.repeat(60)}…`)
  })

  it('names photo and video stories without text by their kind', () => {
    expect(storyLabel({ title: ' ', text: '', mimeType: 'image/jpeg' })).toBe('Photo story')
    expect(storyLabel({ mimeType: 'video/mp4' })).toBe('Video story')
    expect(storyLabel({})).toBe('Story')
  })
})
