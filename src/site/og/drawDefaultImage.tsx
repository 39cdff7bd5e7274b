import fs from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'
import React from 'react'

import { projectRoot } from '@/config/paths'
import type { SiteIdentity } from '@/content/settings/loadSiteIdentity'
import { OG_HEIGHT, OG_WIDTH } from './ogImage'

// DejaVu has every Vietnamese letter with stacked diacritics (ầ, ữ, ộ); the font bundled with
// next/og does not. Read from disk at run time: the fonts are data, not modules.
const FONT_DIR = path.join(projectRoot, 'node_modules', 'dejavu-fonts-ttf', 'ttf')
let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | null = null
const loadFonts = () =>
  (fonts ??= Promise.all([
    fs.readFile(path.join(FONT_DIR, 'DejaVuSans.ttf')).then((data) => ({ name: 'DejaVu Sans', data, weight: 400 as const, style: 'normal' as const })),
    fs.readFile(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')).then((data) => ({ name: 'DejaVu Sans', data, weight: 700 as const, style: 'normal' as const })),
  ]).catch((error: unknown) => {
    fonts = null
    throw error
  }))

/** The logo as a PNG the drawing can embed, with its drawn size. */
export type DrawnLogo = { dataUrl: string; width: number; height: number }

const BRAND = '#0b4f8a'
const BRAND_DARK = '#083a66'
const ACCENT = '#ffbf47'

/**
 * The ministry's card, 1200×630 PNG: logo, site name, programme and organisation on the
 * site's blue, in the page's language. Holds only what Site identity shows the public.
 */
export async function drawDefaultImage(identity: SiteIdentity, logo: DrawnLogo | null): Promise<Buffer> {
  const nameSize = identity.siteName.length > 70 ? 50 : identity.siteName.length > 40 ? 60 : 72
  const image = new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: BRAND, color: '#ffffff', fontFamily: 'DejaVu Sans' }}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 72px 40px', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', alignItems: 'center', minHeight: 120 }}>
          {logo && (
            <div style={{ display: 'flex', background: '#ffffff', borderRadius: 16, padding: 12, marginRight: 28 }}>
              <img src={logo.dataUrl} width={logo.width} height={logo.height} alt="" />
            </div>
          )}
          {identity.organisation && <div style={{ display: 'flex', fontSize: 30, lineHeight: 1.3, maxWidth: 800 }}>{identity.organisation}</div>}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: nameSize, fontWeight: 700, lineHeight: 1.15 }}>{identity.siteName}</div>
          <div style={{ display: 'flex', fontSize: 30, lineHeight: 1.35, marginTop: 24, color: '#dce8f3' }}>{identity.programme}</div>
        </div>
      </div>
      <div style={{ display: 'flex', height: 20, background: BRAND_DARK }}>
        <div style={{ display: 'flex', width: 240, height: 20, background: ACCENT }} />
      </div>
    </div>,
    { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() },
  )
  return Buffer.from(await image.arrayBuffer())
}
