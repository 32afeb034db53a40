// WCAG AA contrast of every colour pair the admin's theme (components/admin/brand/admin-theme.css)
// introduces, in light and dark mode, read from that file and from the Payload stylesheet it sits on.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ours = fs.readFileSync(path.resolve(import.meta.dirname, '../../components/admin/brand/admin-theme.css'), 'utf8')
// What app/(payload)/layout.tsx imports as '@payloadcms/next/css'.
const payloads = fs.readFileSync(createRequire(import.meta.url).resolve('@payloadcms/next/css'), 'utf8')

const LIGHT = ':root'
const DARK = 'html[data-theme=dark]'

/** Custom properties declared in rule blocks whose selector is exactly `selector` (quotes ignored); later wins. */
function customProperties(css: string, selector: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const [, selectorText, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (selectorText!.trim().replaceAll(/['"]/g, '') !== selector) continue
    for (const [, name, value] of body!.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) found.set(name!, value!.trim())
  }
  return found
}

function resolve(name: string, vars: Map<string, string>): string {
  const value = vars.get(name)
  if (value === undefined) throw new Error(`${name} is not declared`)
  return value.replace(/var\((--[\w-]+)\)/g, (_, inner: string) => resolve(inner, vars))
}

/** sRGB channels 0–255 of #rgb, #rrggbb or rgb(r, g, b). */
function channels(colour: string): number[] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1]
  if (hex) return (hex.length === 3 ? [...hex].map((c) => c + c) : hex.match(/../g)!).map((pair) => parseInt(pair, 16))
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(colour)
  if (rgb) return rgb.slice(1).map(Number)
  throw new Error(`not a solid colour: ${colour}`)
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

// Each theme: Payload's variables, then ours over them (dark mode adds its block to the light one).
const lightVars = new Map([...customProperties(payloads, LIGHT), ...customProperties(ours, LIGHT)])
const themes = {
  light: lightVars,
  dark: new Map([...lightVars, ...customProperties(payloads, DARK), ...customProperties(ours, DARK)]),
}

const TEXT = 4.5 // normal-size text
const UI = 3 // focus rings, indicator bars, a button's edge against the page
// [foreground, background, minimum]; --theme-bg is Payload's page, --theme-elevation-100 its panels and hovered rows.
const PAIRS: Array<[string, string, number]> = [
  ['--portal-on-primary', '--portal-primary', TEXT],
  ['--portal-on-primary', '--portal-primary-hover', TEXT],
  ['--portal-on-selection', '--portal-selection', TEXT],
  ['--portal-brand-text', '--theme-bg', TEXT],
  ['--portal-muted-text', '--theme-bg', TEXT],
  ['--portal-muted-text', '--theme-elevation-100', TEXT],
  ['--portal-primary', '--theme-bg', UI],
  ['--portal-primary-hover', '--theme-bg', UI],
  ['--portal-accent', '--theme-bg', UI],
  ['--portal-accent', '--theme-elevation-100', UI],
]

const cases = Object.entries(themes).flatMap(([theme, vars]) =>
  PAIRS.map(([fg, bg, min]) => {
    const [fgColour, bgColour] = [resolve(fg, vars), resolve(bg, vars)]
    return { theme, fg, bg, min, fgColour, bgColour, ratio: contrast(fgColour, bgColour).toFixed(2) }
  }),
)

describe('admin theme contrast (WCAG AA)', () => {
  it('computes ratios as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrast('rgb(118, 118, 118)', '#fff')).toBeCloseTo(4.54, 2)
    expect(contrast('#4a1a7e', '#4a1a7e')).toBe(1)
  })

  it('finds both themes in both stylesheets', () => {
    expect(customProperties(ours, DARK).get('--portal-primary')).toBeDefined()
    expect(resolve('--theme-bg', themes.light)).not.toBe(resolve('--theme-bg', themes.dark))
  })

  it.each(cases)('$theme: $fg $fgColour on $bg $bgColour is $ratio:1 (needs $min)', ({ fgColour, bgColour, min }) => {
    expect(contrast(fgColour, bgColour)).toBeGreaterThanOrEqual(min)
  })
})
