import { common } from './common'
import { layout } from './layout'
import { home } from './home'
import { news } from './news'
import { bargaining } from './bargaining'
import { campaigns } from './campaigns'
import { petitions } from './petitions'
import { regions } from './regions'
import { pages } from './pages'
import { leadership } from './leadership'
import { contact } from './contact'
import { search } from './search'
import { stories } from './stories'
import { members } from './members'
import { errors } from './errors'
import { ui } from './ui'
import { email } from './email'
import { emailPages } from './emailPages'
import { feeds } from './feeds'

/** The English catalogue: the source of truth for keys (lib/i18n/messages/types.ts). */
export const en = {
  common,
  layout,
  home,
  news,
  bargaining,
  campaigns,
  petitions,
  regions,
  pages,
  leadership,
  contact,
  search,
  stories,
  members,
  errors,
  ui,
  email,
  emailPages,
  feeds,
}
