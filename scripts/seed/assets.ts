import sharp from 'sharp'

// Local, generated assets: the seed never downloads anything.

const escape = (value: string) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** A bold banner image (PNG) with a title, in the portal's palette. */
export async function bannerPng(title: string, hue: number, width = 1600, height = 900): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},62%,30%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,45%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.85}" cy="${height * 0.2}" r="${height * 0.45}" fill="white" fill-opacity="0.08"/>
    <text x="80" y="${height - 120}" font-family="sans-serif" font-size="${Math.round(width / 22)}" font-weight="700" fill="white">${escape(title)}</text>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** A portrait placeholder with initials, for leaders without a photo on file. */
export async function portraitPng(name: string, hue: number): Promise<Buffer> {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
    <rect width="100%" height="100%" fill="hsl(${hue},45%,35%)"/>
    <text x="50%" y="56%" text-anchor="middle" font-family="sans-serif" font-size="220" font-weight="700" fill="white">${escape(initials)}</text>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** A minimal valid one-page PDF with a few lines of text. */
export function simplePdf(lines: string[]): Buffer {
  const safe = (line: string) => line.replace(/[()\\]/g, (char) => `\\${char}`)
  const content = ['BT', '/F1 14 Tf', '72 720 Td', ...lines.flatMap((line) => [`(${safe(line)}) Tj`, '0 -22 Td']), 'ET'].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body)
}
