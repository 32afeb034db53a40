import path from 'node:path'

import { defineConfig } from 'vitest/config'

const alias = {
  '@': path.resolve(import.meta.dirname),
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  // Next's marker module has no meaning outside a Next server.
  'server-only': path.resolve(import.meta.dirname, 'tests/helpers/empty.ts'),
  // One graphql for our code and Payload's, as under Next (which keeps graphql external): Vite would
  // otherwise pick its ESM build and Payload's schema would fail graphql's instanceof checks.
  graphql: path.resolve(import.meta.dirname, 'node_modules/graphql/index.js'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/int-global-setup.ts'],
          setupFiles: ['tests/helpers/int-setup.ts'],
          // One Payload per worker against one shared test database: keep files sequential.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
