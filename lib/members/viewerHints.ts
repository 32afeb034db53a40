// Before the first paint, an inline script copies non-secret cookies onto <html>, so static, shared
// pages can step aside for the browser-drawn personal part without flashing the wrong content:
//   data-region="<code>"  a saved region: the home page's all-regions view waits for the region's
//   data-news-client      /news (or /es/news) drawn in the browser (filters in the query, or a saved region)
//   data-signed-in        the signed-in hint: a members-only piece shows "loading", not the sign-in prompt
// None of them proves anything; the server decides what a member may read.

import { NEWS_FILTER_KEYS } from '@/lib/content/newsFilters'

import { SIGNED_IN_HINT } from './sessionHint'

/** The inline script for <head>; `regionCodes` are the regions that exist (others are ignored). */
export function viewerHintsScript(regionCodes: readonly string[]): string {
  const known = JSON.stringify(regionCodes.filter((code) => /^[a-z][a-z0-9-]{1,15}$/.test(code)))
  const filters = NEWS_FILTER_KEYS.join('|')
  return [
    '(function(h,c,l){try{',
    `var m=/(?:^|;\\s*)region=([a-z][a-z0-9-]{1,15})(?:;|$)/.exec(c),r=m&&${known}.indexOf(m[1])>=0?m[1]:null;`,
    `if(r)h.setAttribute('data-region',r);else h.removeAttribute('data-region');`,
    `if(/(?:^|;\\s*)${SIGNED_IN_HINT}=1(?:;|$)/.test(c))h.setAttribute('data-signed-in','');else h.removeAttribute('data-signed-in');`,
    `if(/^(?:\\/es)?\\/news$/.test(l.pathname)&&(r||/[?&](?:${filters})=/.test(l.search)))h.setAttribute('data-news-client','')`,
    '}catch(e){}})(document.documentElement,document.cookie,location)',
  ].join('')
}
