import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'

import { messagesIn } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import type { YearReport } from './buildYearReport'
import { appendixTables } from './appendixTables'
import { chartImages } from './chartImages'

const FONT = 'Times New Roman'
const line = (text: string, options: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ alignment: options.align, children: [new TextRun({ text, bold: options.bold, italics: options.italics, font: FONT, size: 26 })] })
const cellOf = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 20 })] })] })

/** The year-end report as a Word document, editable by the department, with the charts embedded as PNG. */
export async function renderReportDocx(report: YearReport): Promise<Buffer> {
  const words = messagesIn(programmeMessages, report.lang)
  const images = await chartImages(report)
  const noBorders = { top: { style: 'none' as const }, bottom: { style: 'none' as const }, left: { style: 'none' as const }, right: { style: 'none' as const } }
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: noBorders,
            children: [
              line(report.ministry, { align: AlignmentType.CENTER }),
              line(report.department, { bold: true, align: AlignmentType.CENTER }),
              line(report.number, { align: AlignmentType.CENTER }),
            ],
          }),
          new TableCell({
            borders: noBorders,
            children: [
              line(words.nationalMotto, { bold: true, align: AlignmentType.CENTER }),
              line(words.nationalSubMotto, { bold: true, align: AlignmentType.CENTER }),
              line(report.placeAndDate, { italics: true, align: AlignmentType.CENTER }),
            ],
          }),
        ],
      }),
    ],
  })
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text, bold: true, font: FONT })] })
  const body: Array<Paragraph | Table> = [
    header,
    ...report.title.split('\n').map((text) => line(text, { bold: true, align: AlignmentType.CENTER })),
    line(words.recipient, { align: AlignmentType.CENTER }),
    line(`${report.decision}. ${report.period}.`),
    heading(words.sectionResults),
  ]
  for (const objective of report.objectives) {
    body.push(line(objective.label, { bold: true }))
    if (objective.text) body.push(line(objective.text))
    body.push(line(objective.figures))
    for (const task of objective.tasks) {
      body.push(line(`${task.label} (${task.host}; ${task.due}; ${task.status})`, { bold: true }))
      body.push(line(`${task.text} ${task.figures}`))
      for (const progress of task.progress) body.push(line(`– ${progress}`))
    }
  }
  for (const image of images) {
    const scale = Math.min(1, 600 / image.width)
    body.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: image.png,
            transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
            altText: { name: image.title, description: image.title, title: image.title },
          }),
        ],
      }),
    )
  }
  body.push(heading(words.sectionDifficulties), ...report.difficulties.split(/\n+/).map((text) => line(text)))
  body.push(heading(words.sectionProposals), ...report.proposals.map((text, index) => line(`${index + 1}. ${text}`)))
  body.push(heading(words.appendix))
  for (const table of appendixTables(report)) {
    body.push(line(table.title, { bold: true }))
    body.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: table.head.map((head) => cellOf(head, true)) }),
          ...table.rows.map((row) => new TableRow({ children: row.map((value) => cellOf(value)) })),
        ],
      }),
    )
  }
  const document = new Document({ title: report.title.replace('\n', ' '), sections: [{ children: body }] })
  return Packer.toBuffer(document)
}
