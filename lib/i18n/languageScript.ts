import { LANG_COOKIE, type Lang } from './languages'

/** A year: the choice outlives the session, like the saved region. */
export const LANG_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

/** The `lang` cookie as the browser writes it when a reader chooses (the switch, /account). */
export function languageCookie(lang: Lang): string {
  return `${LANG_COOKIE}=${lang};path=/;max-age=${LANG_COOKIE_MAX_AGE};samesite=lax`
}

/**
 * The inline <head> script that keeps pages static while still honouring a reader's language:
 * - first visit (no cookie): the browser's preferred language between English and Spanish is saved;
 * - arriving from outside the site (a link, a bookmark, typing) on a page in the other language than
 *   the saved one: the same page in the saved language replaces it before anything is drawn.
 * Moving around inside the site never redirects, so the switch and shared links keep working.
 */
export function languagePreferenceScript(pageLang: Lang): string {
  return [
    '(function(d,l,n){try{',
    `var m=/(?:^|;\\s*)${LANG_COOKIE}=(en|es)(?:;|$)/.exec(d.cookie),p=m&&m[1];`,
    'if(!p){var a=(n.languages&&n.languages.length?n.languages:[n.language||""]),s=-1,e=-1;',
    'for(var i=0;i<a.length;i++){var x=String(a[i]).toLowerCase();if(s<0&&x.indexOf("es")===0)s=i;if(e<0&&x.indexOf("en")===0)e=i}',
    `p=s>=0&&(e<0||s<e)?"es":"en";d.cookie="${LANG_COOKIE}="+p+";path=/;max-age=${LANG_COOKIE_MAX_AGE};samesite=lax"}`,
    `if(p==="${pageLang}")return;`,
    'var r=d.referrer;if(m&&r&&r.indexOf(l.origin+"/")===0)return;',
    'var b=l.pathname==="/es"?"/":l.pathname.indexOf("/es/")===0?l.pathname.slice(3):l.pathname;',
    'l.replace((p==="es"?(b==="/"?"/es":"/es"+b):b)+l.search+l.hash)',
    '}catch(x){}})(document,location,navigator)',
  ].join('')
}
