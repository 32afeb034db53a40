import vm from 'node:vm'

import { describe, expect, it } from 'vitest'

import { viewerHintsScript } from '@/lib/members/viewerHints'

/** Runs the inline script as a browser would, against a minimal <html> element, cookie and location. */
function run(cookie: string, href = 'https://portal.example/') {
  const attributes = new Map<string, string>([['data-region', 'stale']])
  const html = {
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
  }
  const url = new URL(href)
  const document = { documentElement: html, cookie }
  vm.runInNewContext(viewerHintsScript(['ncal', 'scal']), { document, location: { pathname: url.pathname, search: url.search } })
  return Object.fromEntries(attributes)
}

describe('the head script that marks <html> before the first paint', () => {
  it('copies a known saved region, and drops an unknown or malformed one', () => {
    expect(run('a=1; region=scal; b=2')).toEqual({ 'data-region': 'scal' })
    expect(run('region=mars')).toEqual({})
    expect(run('region=<script>')).toEqual({})
    expect(run('myregion=ncal')).toEqual({})
  })

  it('marks a browser with the signed-in hint, and only the exact hint', () => {
    expect(run('signed-in=1')).toEqual({ 'data-signed-in': '' })
    expect(run('signed-in=0; not-signed-in=1')).toEqual({})
  })

  it('hands /news to the browser for filters or a saved region, not otherwise', () => {
    expect(run('', 'https://portal.example/news')).toEqual({})
    expect(run('', 'https://portal.example/news?topic=bonus')).toEqual({ 'data-news-client': '' })
    expect(run('', 'https://portal.example/news?page=2')).toEqual({ 'data-news-client': '' })
    expect(run('region=ncal', 'https://portal.example/news')).toEqual({ 'data-region': 'ncal', 'data-news-client': '' })
    expect(run('region=ncal', 'https://portal.example/')).toEqual({ 'data-region': 'ncal' })
    expect(run('', 'https://portal.example/news/some-article?topic=x')).toEqual({})
  })

  it('does the same for the Spanish news page', () => {
    expect(run('', 'https://portal.example/es/news')).toEqual({})
    expect(run('', 'https://portal.example/es/news?topic=bonus')).toEqual({ 'data-news-client': '' })
    expect(run('region=ncal', 'https://portal.example/es/news')).toEqual({ 'data-region': 'ncal', 'data-news-client': '' })
    expect(run('', 'https://portal.example/es/news/some-article?page=2')).toEqual({})
    expect(run('', 'https://portal.example/fr/news?page=2')).toEqual({})
  })
})
