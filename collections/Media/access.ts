import type { Access } from 'payload'

import { memberUser } from '@/lib/members/access'

import { staffUser } from '../shared/access/roles'

/**
 * Staff and signed-in members read every file; anyone else only public ones. A query, not a boolean, so
 * lists, reads by id, GraphQL, relationship population and the file URL (Payload turns it into a
 * filename lookup, image sizes included) all apply the same rule.
 */
export const readMedia: Access = ({ req }) => (staffUser(req) || memberUser(req) ? true : { visibility: { equals: 'public' } })
