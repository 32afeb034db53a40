import type { Access } from 'payload'

import { readsMembersOnly } from '../shared/access/content'

/**
 * Staff and signed-in members read every file; anyone else only public ones. A query, not a boolean, so
 * lists, reads by id, GraphQL, relationship population and the file URL (Payload turns it into a
 * filename lookup, image sizes included) all apply the same rule.
 */
export const readMedia: Access = ({ req }) => (readsMembersOnly(req) ? true : { visibility: { equals: 'public' } })
