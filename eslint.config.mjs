// ESLint for the whole repository: the recommended JavaScript and TypeScript rules, no import
// cycles, and the floors of the code.
//
// The floors, from the ground up. A file imports only from its own floor and the floors below;
// inside a floor, folders may import each other, but never in a cycle (import-x/no-cycle).
//
//   1. platform    src/platform (HTTP helpers, the one error type, html escaping, the e-mail
//                  rule, configuration walkers), src/config, src/db (database access and the
//                  SQL helpers), src/migrations, and the generated payload-types.ts
//   2. i18n        src/i18n: languages, messages, the site's words, date formatting
//   3. model       src/content (the registry of content types, "files this item uses", the
//                  "public now" loaders) and src/access (role predicates and visibility rules,
//                  which those loaders apply)
//   4. domains     src/{audit,consultation,delivery,email,endpoints,graphql,jobs,press,preview,runtime,
//                  search,seed,subscriptions,workflow} and collections/ at the root
//   5. top         src/site (public React UI), src/admin (admin React components), src/app
//                  (Next.js route files), src/proxy.ts, src/deliveryPayload.ts (the app's Payload
//                  instance) and payload.config.ts. The site and the admin do not import each other.
//
// tests/, scripts/ and bench/ stand outside the floors: they may import anything.
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The domains, each above the ones before it: a domain imports only from those listed
 * earlier (and the floors below), so no two domains lean on each other. Mail is the kit
 * (templates, transports) the others send with; the e-mail domain (alerts, digests) uses
 * subscriptions; collections wire everything together.
 */
const DOMAINS = [
  'src/audit',
  'src/mail',
  'src/consultation',
  'src/delivery',
  'src/preview',
  'src/subscriptions',
  'src/search',
  'src/programme',
  'src/workflow',
  'src/email',
  'src/press',
  'src/graphql',
  'src/seed',
  'src/jobs',
  'src/endpoints',
  'src/runtime',
  'collections',
]

/** One zone per domain: it may not import a domain listed after it. */
const domainZones = DOMAINS.slice(0, -1).map((domain, index) => ({
  target: domain,
  from: DOMAINS.slice(index + 1),
  message: `${domain} imports only the domains before it in eslint.config.mjs (DOMAINS): ${DOMAINS.slice(0, index).join(', ') || 'none'}; see CONTRIBUTING.md.`,
}))

const FLOORS = [
  ['platform', ['src/platform', 'src/config', 'src/db', 'src/migrations', 'payload-types.ts']],
  ['i18n', ['src/i18n']],
  ['model', ['src/content', 'src/access']],
  ['domains', DOMAINS],
  ['top', ['src/site', 'src/admin', 'src/app', 'src/openapi', 'src/proxy.ts', 'src/deliveryPayload.ts', 'payload.config.ts']],
]

/** One zone per floor: its folders may not import from any floor above. */
const floorZones = FLOORS.slice(0, -1).map(([name, target], index) => {
  const above = FLOORS.slice(index + 1)
  return {
    target,
    from: above.flatMap(([, paths]) => paths),
    message: `The ${name} floor imports only from itself and the floors below (${FLOORS.slice(0, index + 1)
      .map(([floor]) => floor)
      .join(', ')}); see CONTRIBUTING.md.`,
  }
})

/** The public site and the admin are neighbours on the top floor, each with its own components. */
const neighbourZones = [
  { target: 'src/site', from: 'src/admin', message: 'The public site does not import admin components; share through a lower floor.' },
  { target: 'src/admin', from: 'src/site', message: 'Admin components do not import the public site; share through a lower floor.' },
  {
    target: 'src/delivery',
    from: 'src/email',
    message: 'Delivery announces its changes (delivery/changes/announceChanges.ts); mail listens through payload.config.ts instead of being called.',
  },
]

export default tseslint.config(
  {
    ignores: ['node_modules/', '.next/', '.data/', 'next-env.d.ts', 'payload-types.ts', 'src/migrations/', 'src/app/(payload)/admin/importMap.js'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: [...floorZones, ...domainZones, ...neighbourZones] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // A timer declared before the closure that clears it, and set once after.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests read loosely typed JSON answers and poke at internals on purpose.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/site/**/*.tsx', 'src/admin/**/*.tsx', 'src/app/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
