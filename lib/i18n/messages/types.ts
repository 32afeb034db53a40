import type { en } from './en'

/** Every message the site says, by namespace; both catalogues have exactly this shape. */
export type Messages = typeof en

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | ((...args: never[]) => string) ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** "namespace.key" of a message, for texts chosen at runtime (zod issue messages, stored labels). */
export type MessageKey = Leaves<Messages>
