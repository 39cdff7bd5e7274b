import type React from 'react'

/**
 * Every page of the site sits one level below the root layout so that its 404 page
 * (./not-found.tsx) is rendered on the server, in the site's layout; a not-found page
 * beside the root layout itself would be drawn only in the browser.
 */
export default function SitePagesLayout({ children }: { children: React.ReactNode }) {
  return children
}
