import type { Plugin } from 'payload'

import { checkOperationInput as checkInput, rejectNulInGlobal } from '../hooks/checkOperationInput'

/** Every collection and global, including those other plugins add (so put it last), checks its input. */
export const checkOperationInput: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [checkInput, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeValidate: [rejectNulInGlobal, ...(global.hooks?.beforeValidate ?? [])] },
  })),
})
