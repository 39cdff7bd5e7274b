import PDFDocument from 'pdfkit'

import type { CodeSnapshot } from '../snapshot/types'
import { PDF_FONTS } from './pdfFonts'
import { formatDate as formatDay } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

type Options = {
  snapshot: CodeSnapshot
  lang: Lang
  /** Where the PDF goes as it is made: a response body, a file, a buffer in tests. */
  out: NodeJS.WritableStream
  /** When the revision was published; shown under the title when given. */
  publishedAt?: string
}

const WORDS = {
  vi: { revision: 'Phiên bản', published: 'công bố ngày', chapter: 'Chương', article: 'Điều', page: 'Trang' },
  en: { revision: 'Revision', published: 'published', chapter: 'Chapter', article: 'Article', page: 'Page' },
} as const

// A4 with the margins of Vietnamese administrative documents (Decree 30/2020): wider binding side.
const MM = 72 / 25.4
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM }
const SIZE = { title: 15, meta: 10, chapter: 12.5, article: 12, body: 11.5, footer: 9 }

/**
 * A revision as a numbered document (title, revision, Chương → Điều → numbered clauses) for
 * submission on paper. The document is piped into `out`, so a response can stream it; pdfkit
 * lays out synchronously, so its compressed bytes (tens of KB for a code) wait in memory
 * until `out` takes them. Resolves when `out` has everything.
 */
export function renderCodePdf({ snapshot, lang, out, publishedAt }: Options): Promise<void> {
  const words = WORDS[lang]
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // Starting with DejaVu means the built-in Helvetica metrics are never loaded or embedded.
    font: PDF_FONTS.regular,
    lang: lang === 'vi' ? 'vi-VN' : 'en-GB',
    displayTitle: true,
    info: { Title: `${snapshot.title[lang]} (${words.revision} ${snapshot.revision})` },
  })
  doc.registerFont('body', PDF_FONTS.regular)
  doc.registerFont('bold', PDF_FONTS.bold)

  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve())
    out.on('error', reject)
    doc.on('error', reject)
  })
  doc.pipe(out)

  // Text flowing onto a new page keeps the font it had, so the footer restores what it changes.
  let font: 'body' | 'bold' = 'body'
  let size = SIZE.body
  const use = (name: 'body' | 'bold', points: number) => {
    font = name
    size = points
    return doc.font(name).fontSize(points)
  }
  let page = 1
  const footer = () => {
    const { x, y } = doc
    const bottom = doc.page.margins.bottom
    // Writing inside the bottom margin would otherwise start yet another page.
    doc.page.margins.bottom = 0
    doc.font('body').fontSize(SIZE.footer).fillColor('#444444')
    doc.text(`${words.page} ${page}`, MARGINS.left, doc.page.height - bottom / 2 - SIZE.footer / 2, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    })
    doc.page.margins.bottom = bottom
    doc.fillColor('black').font(font).fontSize(size)
    doc.x = x
    doc.y = y
  }
  footer()
  doc.on('pageAdded', () => {
    page++
    footer()
  })

  const width = contentWidth(doc)
  use('bold', SIZE.title).text(snapshot.title[lang], { align: 'center', width })
  const date = publishedAt ? ` · ${words.published} ${formatDate(publishedAt, lang)}` : ''
  use('body', SIZE.meta).moveDown(0.3).text(`${words.revision} ${snapshot.revision}${date}`, { align: 'center', width })

  for (const chapter of snapshot.chapters) {
    use('bold', SIZE.chapter).moveDown(1.2)
    const chapterTitle = `${words.chapter} ${chapter.roman}. ${chapter.title[lang]}`
    // Bookmarks let a reader jump between chapters and articles in a long code.
    const chapterItem = doc.outline.addItem(chapterTitle)
    doc.text(chapterTitle, { align: 'center', width })
    for (const article of chapter.articles) {
      use('bold', SIZE.article).moveDown(0.8)
      chapterItem.addItem(`${words.article} ${article.number}. ${article.title[lang]}`)
      doc.text(`${words.article} ${article.number}. ${article.title[lang]}`, { width })
      for (const clause of article.clauses) {
        const heading = clause.heading[lang].trim()
        use('body', SIZE.body).moveDown(0.4)
        doc.text(`${clause.clause}. `, { width, align: 'justify', continued: true })
        if (heading) {
          use('bold', SIZE.body).text(`${heading.replace(/[.:]$/, '')}. `, { width, align: 'justify', continued: true })
          use('body', SIZE.body)
        }
        // An empty text would leave the continued line open and run into the next clause.
        doc.text(clause.text[lang].trim() || ' ', { width, align: 'justify', paragraphGap: 2 })
      }
    }
  }

  doc.end()
  return done
}

const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - MARGINS.left - MARGINS.right

const formatDate = (iso: string, _lang: Lang) => formatDay(iso)
