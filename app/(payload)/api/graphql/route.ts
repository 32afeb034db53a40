import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLLimits } from '@/lib/graphql/guardRequest'

// POST /api/graphql – Payload's handler behind the request limits of lib/graphql (README "API limits").
export const POST = withGraphQLLimits(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
