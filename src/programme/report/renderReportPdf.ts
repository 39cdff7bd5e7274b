import PDFDocument from 'pdfkit'

import { PDF_FONTS } from '@/consultation/report/pdfFonts'
import { messagesIn } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import type { YearReport } from './buildYearReport'
import { appendixTables } from './appendixTables'
import { chartImages } from './chartImages'

/** The year-end report as an A4 PDF: DejaVu fonts for Vietnamese, the charts as images, the appendix as tables. */
export async function renderReportPdf(report: YearReport): Promise<Buffer> {
  const words = messagesIn(programmeMessages, report.lang)
  const images = await chartImages(report)
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 70, right: 56 }, info: { Title: report.title.replace('\n', ' ') } })
  doc.registerFont('regular', PDF_FONTS.regular)
  doc.registerFont('bold', PDF_FONTS.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const width = doc.page.width - 126
  const half = width / 2 - 10
  const top = doc.y

  doc.font('regular').fontSize(10).text(report.ministry, 70, top, { width: half, align: 'center' })
  doc.font('bold').text(report.department, { width: half, align: 'center' })
  doc.font('regular').text(report.number, { width: half, align: 'center' })
  const leftBottom = doc.y
  doc.font('bold').text(words.nationalMotto, 70 + half + 20, top, { width: half, align: 'center' })
  doc.text(words.nationalSubMotto, { width: half, align: 'center' })
  doc.font('regular').text(report.placeAndDate, { width: half, align: 'center' })
  doc.y = Math.max(doc.y, leftBottom) + 16
  doc.x = 70

  doc.font('bold').fontSize(13).text(report.title, { width, align: 'center' })
  doc.moveDown(0.5).font('regular').fontSize(11).text(words.recipient, { width, align: 'center' })
  doc.moveDown().text(`${report.decision}. ${report.period}.`, { width })

  const heading = (text: string) => doc.moveDown().font('bold').fontSize(12).text(text, { width }).font('regular').fontSize(11)
  heading(words.sectionResults)
  for (const objective of report.objectives) {
    doc.moveDown(0.5).font('bold').text(objective.label, { width }).font('regular')
    if (objective.text) doc.text(objective.text, { width })
    doc.text(objective.figures, { width })
    for (const task of objective.tasks) {
      doc.moveDown(0.3).font('bold').text(`${task.label} (${task.host}; ${task.due}; ${task.status})`, { width, indent: 12 })
      doc.font('regular').text(`${task.text} ${task.figures}`, { width, indent: 12 })
      for (const line of task.progress) doc.text(`– ${line}`, { width, indent: 24 })
    }
  }
  for (const image of images) {
    const scale = Math.min(1, width / image.width)
    if (doc.y + image.height * scale > doc.page.height - 60) doc.addPage()
    doc.image(image.png, 70, doc.y + 8, { width: image.width * scale })
    doc.y += image.height * scale + 16
  }

  heading(words.sectionDifficulties)
  doc.text(report.difficulties, { width })
  heading(words.sectionProposals)
  report.proposals.forEach((line, index) => doc.text(`${index + 1}. ${line}`, { width }))

  doc.addPage()
  heading(words.appendix)
  doc.fontSize(8)
  for (const table of appendixTables(report)) {
    doc.moveDown(0.6).font('bold').fontSize(9).text(table.title, 70, doc.y, { width }).fontSize(8)
    const column = width / table.head.length
    const row = (cells: string[], font: 'regular' | 'bold') => {
      doc.font(font)
      const heights = cells.map((cell) => doc.heightOfString(cell, { width: column - 4 }))
      const height = Math.max(...heights) + 4
      if (doc.y + height > doc.page.height - 60) doc.addPage()
      const y = doc.y
      cells.forEach((cell, index) => doc.text(cell, 70 + index * column + 2, y + 2, { width: column - 4 }))
      doc.rect(70, y, width, height).stroke('#888888')
      doc.x = 70
      doc.y = y + height
    }
    row(table.head, 'bold')
    for (const cells of table.rows) row(cells, 'regular')
  }
  doc.end()
  return done
}
