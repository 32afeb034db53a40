// Before the first paint, an inline script copies two non-secret cookies onto <html> so static,
// shared pages can show the right variant without a request and without a flash:
//   data-region="<code>"  the saved region (picks the home page's region view)
//   data-signed-in        the signed-in hint (a members-only piece shows "loading", not the sign-in prompt)
//   data-news-filtered    /news with filters in its query: the static list steps aside for FilteredNews
// Neither proves anything; the server decides what a member may read.

import { NEWS_FILTER_KEYS } from '@/lib/content/newsFilters'

import { SIGNED_IN_HINT } from './sessionHint'

/** The inline script for <head>; `regionCodes` are the regions the page has a view for. */
export function viewerHintsScript(regionCodes: readonly string[]): string {
  const known = JSON.stringify(regionCodes.filter((code) => /^[a-z][a-z0-9-]{1,15}$/.test(code)))
  return [
    '(function(h,c){try{',
    `var m=/(?:^|;\\s*)region=([a-z][a-z0-9-]{1,15})(?:;|$)/.exec(c);`,
    `if(m&&${known}.indexOf(m[1])>=0)h.setAttribute('data-region',m[1]);else h.removeAttribute('data-region');`,
    `if(/(?:^|;\\s*)${SIGNED_IN_HINT}=1(?:;|$)/.test(c))h.setAttribute('data-signed-in','');else h.removeAttribute('data-signed-in');`,
    `if(location.pathname==='/news'&&/[?&](?:${NEWS_FILTER_KEYS.join('|')})=/.test(location.search))h.setAttribute('data-news-filtered','')`,
    '}catch(e){}})(document.documentElement,document.cookie)',
  ].join('')
}

/** CSS that shows exactly one region view: the saved region's, else the all-regions one. */
export function regionViewsCss(regionCodes: readonly string[]): string {
  const safe = regionCodes.filter((code) => /^[a-z][a-z0-9-]{1,15}$/.test(code))
  return [
    '[data-region-view]{display:none}',
    'html:not([data-region]) [data-region-view=""]{display:contents}',
    ...safe.map((code) => `html[data-region="${code}"] [data-region-view="${code}"]{display:contents}`),
  ].join('')
}
