import type { MetaConfig } from 'payload'

import { PORTAL_NAME } from './brandName'

const description = `Staff admin of the ${PORTAL_NAME}: news, bargaining updates, campaigns and members.`

/**
 * `admin.meta`: the tab title's suffix, our own icons and share card (public/brand/, rendered by
 * scripts/render-brand-images.ts), and no `/api/og` (Payload would draw its own branded card).
 * No top-level `title`/`description`: some views spread this over their own, and every tab would
 * read the same.
 */
export const adminMeta: MetaConfig = {
  // Payload puts a space between the title and this.
  titleSuffix: `· ${PORTAL_NAME}`,
  defaultOGImageType: 'off',
  icons: {
    icon: [
      { url: '/brand/mark.svg', type: 'image/svg+xml' },
      { url: '/brand/favicon-32.png', type: 'image/png', sizes: '32x32' },
    ],
    apple: [{ url: '/brand/apple-touch-icon.png', sizes: '180x180' }],
  },
  openGraph: {
    siteName: PORTAL_NAME,
    title: `${PORTAL_NAME} – staff admin`,
    description,
    images: [{ url: '/brand/og-admin.png', width: 1200, height: 630, alt: `${PORTAL_NAME} – staff admin` }],
  },
}

/** A custom view's meta: without it Payload titles, describes and keywords it "Payload" (generateCustomViewMetadata). */
export function viewMeta(title: string): MetaConfig {
  return { title, description, keywords: title }
}
