import type { ReactElement } from 'react'

type ReactDomServer = typeof import('react-dom/server')

/**
 * A React element as plain HTML, for files and bodies that leave the site: the bundle's
 * fact sheet and the ninjs body agencies receive. React escapes every text and attribute.
 *
 * `react-dom/server` is imported when called, never at the top of a module. Inside Next.js
 * this code runs in the React Server Components bundle (route handlers, and the Payload
 * hooks that publish through the admin and REST routes), where a static import of
 * `react-dom/server` is refused at build time ("You're importing a component that imports
 * react-dom/server") and its `react-server` export only throws. A dynamic import is not
 * checked and resolves to the Node.js renderer, the way Payload's own version diff views
 * render their fields. `react-dom/server.edge` is no way out: Next.js swaps its
 * `renderToStaticMarkup` for one that throws. Outside Next.js (tests, the worker, scripts)
 * the dynamic import is an ordinary one.
 */
export async function renderToStaticHtml(element: ReactElement): Promise<string> {
  const server: ReactDomServer & { default?: ReactDomServer } = await import('react-dom/server')
  // A CommonJS module seen through a bundler may put its exports on `default`.
  const render = server.renderToStaticMarkup ?? server.default?.renderToStaticMarkup
  return render(element)
}
