import { getIntrospectionQuery, parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { MAX_ALIASES, MAX_DEPTH, MAX_FIELDS, MAX_ROOT_FIELDS } from '@/lib/graphql/limits'
import { findShapeViolation } from '@/lib/graphql/shape'

const check = (query: string) => findShapeViolation(parse(query))

/** `{ a { a { … { id } } } }` with `levels` fields in all. */
function nested(levels: number) {
  let query = 'id'
  for (let level = 1; level < levels; level++) query = `a { ${query} }`
  return `{ ${query} }`
}

describe('findShapeViolation', () => {
  it('counts field levels, the leaf included', () => {
    expect(check(nested(MAX_DEPTH))).toBeUndefined()
    expect(check(nested(MAX_DEPTH + 1))).toEqual({ code: 'DEPTH_LIMIT', message: `The query is ${MAX_DEPTH + 1} levels deep; the depth limit is ${MAX_DEPTH}.` })
  })

  it('follows named and inline fragments into their depth', () => {
    const fragments = Array.from({ length: MAX_DEPTH }, (_, i) => `fragment F${i} on T { a { ${i + 1 < MAX_DEPTH ? `...F${i + 1}` : 'id'} } }`).join('\n')
    expect(check(`{ ...F0 }\n${fragments}`)).toMatchObject({ code: 'DEPTH_LIMIT' })
    expect(check(`{ a { ... on T { b { ... { c { d { e { f { g { h { i } } } } } } } } } } }`)).toMatchObject({ code: 'DEPTH_LIMIT' })
    expect(check(`{ a { ... on T { b { ... { c } } } } }`)).toBeUndefined()
  })

  it('refuses fragments that spread themselves, directly or in a ring, instead of following them forever', () => {
    expect(check('{ ...A } fragment A on T { a { ...A } }')).toMatchObject({ code: 'FRAGMENT_CYCLE' })
    expect(check('{ ...A } fragment A on T { a { ...B } } fragment B on T { b { ...A } }')).toMatchObject({ code: 'FRAGMENT_CYCLE', message: expect.stringContaining('must not form cycles') })
    expect(check('{ id } fragment Unused on T { a { ...Unused } }')).toMatchObject({ code: 'FRAGMENT_CYCLE' })
  })

  it('counts top-level fields, aliases and fragments that add them', () => {
    const roots = (n: number) => Array.from({ length: n }, (_, i) => `r${i}: list { id }`).join(' ')
    expect(check(`{ ${roots(MAX_ROOT_FIELDS)} }`)).toBeUndefined()
    expect(check(`{ ${roots(MAX_ROOT_FIELDS + 1)} }`)).toMatchObject({ code: 'ROOT_FIELD_LIMIT', message: expect.stringContaining(`limit is ${MAX_ROOT_FIELDS}`) })
    expect(check(`{ ...Roots } fragment Roots on Query { ${roots(MAX_ROOT_FIELDS + 1)} }`)).toMatchObject({ code: 'ROOT_FIELD_LIMIT' })
  })

  it('counts aliases below the top as often as their fragment is spread', () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `x${i}: id`).join(' ')
    expect(check(`{ a { ${aliases(MAX_ALIASES)} } }`)).toBeUndefined()
    expect(check(`{ a { ${aliases(MAX_ALIASES + 1)} } }`)).toMatchObject({ code: 'ALIAS_LIMIT' })
    expect(check(`{ a { ...X } b { ...X } } fragment X on T { ${aliases(MAX_ALIASES / 2 + 1)} }`)).toMatchObject({ code: 'ALIAS_LIMIT' })
  })

  it('measures a fragment reused inside a fragment reused … without walking it 2^40 times', () => {
    let fragments = 'fragment F0 on T { id name }'
    for (let i = 1; i <= 40; i++) fragments += ` fragment F${i} on T { ...F${i - 1} ...F${i - 1} }`
    const started = performance.now()
    const violation = check(`{ a { ...F40 } } ${fragments}`)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(violation).toEqual({ code: 'FIELD_LIMIT', message: `The operation selects 2,199,023,255,553 fields once its fragments are spread out; the limit is ${MAX_FIELDS}.` })
  })

  it('lets the standard introspection query through (ofType chains do not multiply)', () => {
    expect(check(getIntrospectionQuery())).toBeUndefined()
    expect(check(`{ __type(name: "Campaign") { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } }`)).toMatchObject({ code: 'DEPTH_LIMIT' })
  })
})
