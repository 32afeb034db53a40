// Renders the admin's PNG brand files in public/brand/ from the mark (public/brand/mark.svg).
// Run once after changing the mark or the wording: `npx tsx scripts/render-brand-images.ts`; commit the PNGs.
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

const dir = path.resolve(import.meta.dirname, '../public/brand')
const mark = fs.readFileSync(path.join(dir, 'mark.svg'), 'utf8')
// The mark's drawing without its <svg> wrapper, to place it inside the share card.
const markBody = mark.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')

// The share card: the site's colours (app/(site)/globals.css), the mark, and the product's name as text.
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#4a1a7e"/>
  <rect y="590" width="1200" height="40" fill="#ffc62b"/>
  <svg x="120" y="195" width="200" height="200" viewBox="0 0 32 32">${markBody}</svg>
  <text x="370" y="283" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-weight="700" font-size="78" fill="#ffffff">Coalition Portal</text>
  <text x="372" y="352" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="40" fill="#ffc62b">Staff admin</text>
</svg>`

async function main() {
  await sharp(Buffer.from(mark), { density: 288 }).resize(32, 32).png().toFile(path.join(dir, 'favicon-32.png'))
  await sharp(Buffer.from(mark), { density: 1440 }).resize(180, 180).flatten({ background: '#ffc62b' }).png().toFile(path.join(dir, 'apple-touch-icon.png'))
  await sharp(Buffer.from(card)).png().toFile(path.join(dir, 'og-admin.png'))
}

await main()
