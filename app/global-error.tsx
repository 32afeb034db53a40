'use client'

// Replaces the root layout when it fails itself, so it brings its own document and plain styles
// (the site's stylesheet may be what failed). Never shows the error; the server logged it.

type Props = { error: unknown; retry: () => void }

const page = {
  margin: 0,
  minHeight: '100vh',
  display: 'grid',
  placeItems: 'center',
  padding: '2rem 1rem',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontSize: '1.0625rem',
  lineHeight: 1.6,
  color: '#17141f',
  background: '#ffffff',
} as const

export default function GlobalError({ error, retry }: Props) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null
  return (
    <html lang="en-US">
      <head>
        <title>Something went wrong</title>
        <meta name="robots" content="noindex" />
      </head>
      <body style={page}>
        <main style={{ maxWidth: '36rem' }}>
          <h1 style={{ fontSize: '1.75rem', lineHeight: 1.2, margin: '0 0 1rem' }}>Something went wrong</h1>
          <p>The site could not load just now. It is not something you did. Please try again in a moment.</p>
          <p style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center' }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{ font: 'inherit', fontWeight: 700, padding: '0.5rem 1rem', color: '#ffffff', background: '#4a1a7e', border: 0, borderRadius: '0.5rem', cursor: 'pointer' }}
            >
              Try again
            </button>
            {/* A plain link: a full page load gets a fresh document if the app itself is broken. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the router may be what broke */}
            <a href="/" style={{ color: '#4a1a7e', fontWeight: 700 }}>
              Go to the home page
            </a>
          </p>
          {digest ? <p style={{ color: '#4d4858', fontSize: '0.9375rem' }}>Reference: {digest}</p> : null}
        </main>
      </body>
    </html>
  )
}
