/** How long a label taken from the story's text may be, before the ellipsis. */
export const STORY_LABEL_LENGTH = 60

type Labelled = { title?: string | null; text?: string | null; mimeType?: string | null }

/**
 * What staff see for a story in /admin (lists, relationship pickers, the edit view's heading): most
 * stories arrive without a title, so the title, else the opening words of the text, else the kind of file.
 */
export function storyLabel({ title, text, mimeType }: Labelled): string {
  const heading = title?.replace(/\s+/g, ' ').trim()
  if (heading) return heading
  const words = text?.replace(/\s+/g, ' ').trim()
  if (words) return opening(words, STORY_LABEL_LENGTH)
  if (mimeType?.startsWith('video/')) return 'Video story'
  if (mimeType?.startsWith('image/')) return 'Photo story'
  return 'Story'
}

/** The first `max` characters, cut back to the last whole word (unless that loses more than half). */
function opening(text: string, max: number): string {
  if (text.length <= max) return text
  const space = text.lastIndexOf(' ', max)
  const head = space >= max / 2 ? text.slice(0, space) : Array.from(text).slice(0, max).join('')
  return `${head.replace(/[\s.,;:!?–—-]+$/u, '')}…`
}
