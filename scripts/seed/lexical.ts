// Builds Lexical rich-text JSON from a small outline, so seed bodies stay readable in code.
export type Outline = Array<string | { h: string } | { ul: string[] } | { ol: string[] }>

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }
const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

export function lexical(outline: Outline) {
  const children = outline.map((block) => {
    if (typeof block === 'string') return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(block)] }
    if ('h' in block) return { ...base, type: 'heading', tag: 'h2', children: [text(block.h)] }
    const ordered = 'ol' in block
    const items = ordered ? block.ol : block.ul
    return {
      ...base,
      type: 'list',
      listType: ordered ? 'number' : 'bullet',
      tag: ordered ? 'ol' : 'ul',
      start: 1,
      children: items.map((item, index) => ({ ...base, type: 'listitem', value: index + 1, children: [text(item)] })),
    }
  })
  return { root: { ...base, type: 'root', children } }
}
