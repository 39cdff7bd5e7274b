import path from 'node:path'

import { projectRoot } from '@/config/paths'

// Read from disk at run time rather than imported: the fonts are data, not modules, and the
// standard PDF fonts (Helvetica, Times) have no Vietnamese letters with stacked diacritics.
const DIR = path.join(projectRoot, 'node_modules', 'dejavu-fonts-ttf', 'ttf')

/** TrueType fonts with every Vietnamese glyph; pdfkit embeds the subset a document uses. */
export const PDF_FONTS = {
  regular: path.join(DIR, 'DejaVuSerif.ttf'),
  bold: path.join(DIR, 'DejaVuSerif-Bold.ttf'),
} as const
