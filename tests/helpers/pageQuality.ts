import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const axePath = require.resolve('axe-core/axe.min.js')

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; html?: string }> }

/** axe-core run in the page, WCAG 2 A and AA rules: the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath })
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  })
  return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}

/** Whether anything on the page is wider than the viewport (a horizontal scroll bar). */
export async function horizontalOverflow(page: Page): Promise<{ overflows: boolean; widest: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const widest = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    return { overflows: document.documentElement.scrollWidth > width, widest }
  })
}

/** What a page says about itself: language, canonical, alternates, OpenGraph, feeds. */
export async function pageMetadata(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => link.getAttribute('hreflang')),
    ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
    ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null,
    ogSiteName: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
    twitterCard: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content') ?? null,
    twitterImage: document.querySelector('meta[name="twitter:image"]')?.getAttribute('content') ?? null,
    feeds: [...document.querySelectorAll('link[rel="alternate"][type]')].map((link) => link.getAttribute('type')),
  }))
}
