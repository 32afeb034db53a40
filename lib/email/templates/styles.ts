import type { CSSProperties } from 'react'

// Inline styles (mail clients drop <style> blocks). Near-black on white, and a link blue that keeps
// well over 4.5:1 against white, also as the button's background behind white text.
const ink = '#1a1a1a'
const muted = '#4a4a4a'
const blue = '#1d4ed8'
const font = 'Helvetica, Arial, sans-serif'

export const styles = {
  body: { backgroundColor: '#ffffff', color: ink, fontFamily: font, margin: 0, padding: '24px 0' },
  container: { maxWidth: '600px', padding: '0 20px' },
  siteName: { color: ink, fontSize: '16px', fontWeight: 'bold', margin: '0 0 24px' },
  eyebrow: { color: muted, fontSize: '14px', fontWeight: 'bold', margin: '0 0 4px' },
  heading: { color: ink, fontSize: '24px', lineHeight: '1.3', margin: '0 0 16px' },
  groupHeading: { color: ink, fontSize: '18px', lineHeight: '1.3', margin: '32px 0 8px' },
  itemTitle: { color: ink, fontSize: '16px', fontWeight: 'bold', lineHeight: '1.4', margin: '16px 0 4px' },
  text: { color: ink, fontSize: '16px', lineHeight: '1.5', margin: '0 0 16px' },
  small: { color: muted, fontSize: '14px', lineHeight: '1.5', margin: '0 0 8px' },
  link: { color: blue, textDecoration: 'underline' },
  button: { backgroundColor: blue, borderRadius: '4px', color: '#ffffff', fontSize: '16px', fontWeight: 'bold', padding: '12px 20px', textDecoration: 'none' },
  rule: { borderColor: '#d4d4d4', margin: '32px 0 16px' },
  footer: { color: muted, fontSize: '13px', lineHeight: '1.5', margin: '0 0 4px' },
} satisfies Record<string, CSSProperties>
