// What one GraphQL request may ask of the server. Each limit answers 400 with a message naming it;
// README "API limits" lists them. Picked so the largest query the site could want (a page of 100
// documents with their images and regions) passes and anything that multiplies does not.

/** Bytes of the request body (query, variables and all); larger answers 413 before it is parsed. */
export const MAX_BODY_BYTES = 100_000

/** Lexical tokens in the query string; graphql's parser stops there, so parsing stays cheap. */
export const MAX_QUERY_TOKENS = 5_000

/** Nested field levels, following fragments (`{ Campaign { title } }` is 2). Introspection's `ofType` chains do not count. */
export const MAX_DEPTH = 8

/** Fields at the top of one operation (each alias counts): the "50 aliased list queries" bomb. */
export const MAX_ROOT_FIELDS = 10

/** Aliased fields in one operation, counted as often as their fragments are spread. */
export const MAX_ALIASES = 30

/** Field selections in one operation once every fragment is spread out (a fragment reused in a fragment reused … grows exponentially). */
export const MAX_FIELDS = 1_000

/** `limit` of one list query or join; joins must name one (without it Payload returns every joined row). */
export const MAX_PAGE_LIMIT = 100

/** Documents one request may return at most, estimated before it runs: page sizes multiply down the query. */
export const MAX_DOCUMENTS = 1_000

/** Assumed entries of a has-many relationship or upload, which takes no `limit`. */
export const HAS_MANY_ESTIMATE = 5

/** Assumed rows of an array or blocks field, whose documents multiply too. */
export const ROWS_ESTIMATE = 5

/** Payload's complexity score (1 per field, 10 per relationship, JOIN_COMPLEXITY per join), a third bound on width. */
export const MAX_COMPLEXITY = 1_000

/** Complexity of a join field: one database query per parent document, not batched like relationships. */
export const JOIN_COMPLEXITY = 50

/** Complexity of a relationship back to a document with joins (a story's or a signature's campaign), so cycles cost more. */
export const CYCLE_RELATIONSHIP_COMPLEXITY = 25

/** Milliseconds a query may take before the client gets a 400 instead of waiting on. */
export const TIME_LIMIT_MS = 5_000

/** Depth of REST and Local API population (Payload's top-level `maxDepth`; the site reads at depth 1). */
export const MAX_POPULATE_DEPTH = 3
