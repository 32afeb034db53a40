import Image from 'next/image'

import type { ImageVariant, Picture } from '@/lib/content/types'

type Variant = 'thumbnail' | 'card' | 'hero'

// The next larger size when the preferred one was not generated (e.g. a small original).
const fallbacks: Record<Variant, Array<keyof Picture>> = {
  thumbnail: ['thumbnail', 'card', 'original'],
  card: ['card', 'hero', 'original'],
  hero: ['hero', 'original'],
}

function pick(picture: Picture, variant: Variant): ImageVariant | null {
  for (const key of fallbacks[variant]) {
    const candidate = picture[key]
    if (candidate && typeof candidate === 'object') return candidate
  }
  return null
}

type Props = {
  picture: Picture
  variant: Variant
  /** The `sizes` attribute: how wide the image is drawn at each breakpoint. */
  sizes: string
  /** For the image at the top of a page (largest contentful paint). */
  eager?: boolean
  className?: string
  /** Decorative copies (e.g. a teaser image beside its linked title) get an empty alt. */
  decorative?: boolean
}

/** An uploaded image at one of the Media sizes; width and height reserve its space before it loads. */
export function MediaImage({ picture, variant, sizes, eager = false, className, decorative = false }: Props) {
  const image = pick(picture, variant)
  if (!image) return null
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : picture.alt}
      sizes={sizes}
      className={className}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
      unoptimized={picture.membersOnly}
    />
  )
}
