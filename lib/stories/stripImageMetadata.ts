import sharp, { type Sharp } from 'sharp'

// A 10 MB file can still decode to gigabytes; a 100-megapixel cap is above any phone photo that fits.
const MAX_INPUT_PIXELS = 100_000_000

const ENCODE: Record<string, (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: 90 }),
  'image/png': (image) => image.png(),
  'image/webp': (image) => image.webp({ quality: 90 }),
}

export class UnreadableImageError extends Error {}

/**
 * Phone photos carry EXIF (camera, time and often the GPS position of a member's home or ward) and XMP.
 * Re-encoding in the same format keeps none of it; the EXIF orientation is applied first so the photo
 * still stands the right way up. Anything else (videos) is returned unchanged.
 */
export async function stripImageMetadata(data: Buffer, mimetype: string): Promise<Buffer> {
  if (!mimetype.startsWith('image/')) return data
  const encode = ENCODE[mimetype]
  if (!encode) throw new UnreadableImageError(`no encoder for ${mimetype}`)
  try {
    const image = sharp(data, { animated: true, limitInputPixels: MAX_INPUT_PIXELS })
    const { pages = 1 } = await image.metadata()
    // libvips cannot rotate animations; their frames are re-encoded as they are.
    return await encode(pages > 1 ? image : image.autoOrient()).toBuffer()
  } catch (error) {
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error))
  }
}
