import path from 'node:path'

import { defineConfig } from 'vitest/config'

import { ByFileName } from './tests/helpers/byFileName'

// Route handlers import the app's config as Next.js resolves it; in-process tests resolve it the same way.
const payloadConfigAlias = { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') }
// `@/x` is `src/x` everywhere, as in tsconfig.json.
const sourceAlias = { '@': path.resolve(import.meta.dirname, 'src') }

export default defineConfig({
  test: {
    // Files run in name order: the browser tests build on each other (see ByFileName).
    sequence: { sequencer: ByFileName },
    projects: [
      {
        resolve: { alias: sourceAlias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: { ...sourceAlias, ...payloadConfigAlias } },
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/intGlobalSetup.ts'],
          setupFiles: ['tests/helpers/intEnv.ts'],
          // One fresh database for the run, shared by files that run one after another.
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: sourceAlias },
        test: {
          name: 'crash',
          include: ['tests/crash/**/*.crash.spec.ts'],
          environment: 'node',
          // Same fresh database and environment as the integration tests; worker processes
          // are killed and restarted, so each file gets minutes, not seconds.
          globalSetup: ['tests/helpers/intGlobalSetup.ts'],
          setupFiles: ['tests/helpers/intEnv.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve: { alias: { ...sourceAlias, ...payloadConfigAlias } },
        test: {
          name: 'cluster',
          include: ['tests/cluster/**/*.cluster.spec.ts'],
          environment: 'node',
          // One cluster of real processes (PostgreSQL primary and replica, haproxy, two app
          // instances, workers) started by the file itself; its tests run in order on it.
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
      {
        resolve: { alias: { ...sourceAlias, ...payloadConfigAlias } },
        test: {
          name: 'hostile',
          include: ['tests/hostile/**/*.hostile.spec.ts'],
          environment: 'node',
          // Its own fresh database; the site's routes are asked through a real Next.js server.
          globalSetup: ['tests/helpers/intGlobalSetup.ts', 'tests/hostile/hostileGlobalSetup.ts'],
          setupFiles: ['tests/helpers/intEnv.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias: sourceAlias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/e2eGlobalSetup.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
