import { handleEndpoints, type Payload } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { seedProgramme } from '@/seed/seedProgramme'
import { seedProgrammeLedger } from '../helpers/programmeLedger'
import { authorizationFor, login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let token: string
let task6: { published: number; webhooks: number; mails: number }

/** The endpoint's raw answer, for bodies that are not JSON. */
async function raw(path: string, authToken?: string): Promise<Response> {
  const { default: config } = await import('../../payload.config')
  const headers = new Headers()
  if (authToken) headers.set('Authorization', authorizationFor(authToken))
  return handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request: new Request(`http://newsroom.test/api${path}`, { headers }) })
}

async function documentXml(response: Response): Promise<string> {
  const file = await yauzl.fromBufferPromise(Buffer.from(await response.arrayBuffer()))
  let xml = ''
  const names: string[] = []
  for await (const entry of file.eachEntry()) {
    names.push(entry.fileName)
    if (entry.fileName !== 'word/document.xml') continue
    const chunks: Buffer[] = []
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    xml = Buffer.concat(chunks).toString('utf8')
  }
  file.close()
  expect(names.filter((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toHaveLength(3)
  return xml
}

const textOfXml = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ')

beforeAll(async () => {
  payload = await getTestPayload()
  await seedProgramme(payload)
  await seedProgrammeLedger(payload)
  const staff = await makeStaff(payload, ['reviewer'])
  token = await login(staff.email, staff.password)
  // The report's figures are the dashboard's for the whole year.
  const dashboard = await rest('GET', '/programme/dashboard?from=2021-01-01&to=2021-12-31', { token })
  const six = dashboard.body.tasks.find((task: any) => task.number === 6 && task.year === 2021)
  task6 = { published: six.produced.campaigns.published + six.produced.articles.published, webhooks: six.webhooksDelivered, mails: six.mailsSent }
})

describe('the year-end report', () => {
  it('answers 401 to anonymous callers and 400 naming a bad year or format', async () => {
    expect((await raw('/programme/report?year=2021')).status).toBe(401)
    const badFormat = await rest('GET', '/programme/report?year=2021&format=xlsx', { token })
    expect(badFormat.status).toBe(400)
    expect(badFormat.body.error.field).toBe('format')
    const noYear = await rest('GET', '/programme/report?year=1999', { token })
    expect(noYear.body.error.field).toBe('year')
  })

  it('is a printable page shaped as an administrative report, with sections per objective and task and three charts', async () => {
    const response = await raw('/programme/report?year=2021&format=html&lang=vi', token)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const html = await response.text()
    for (const text of ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'CỤC AN TOÀN THÔNG TIN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày', '2264/QĐ-BTTTT']) {
      expect(html).toContain(text)
    }
    expect(html.indexOf('I. KẾT QUẢ THỰC HIỆN')).toBeLessThan(html.indexOf('II. KHÓ KHĂN'))
    expect(html.indexOf('II. KHÓ KHĂN')).toBeLessThan(html.indexOf('III. ĐỀ XUẤT'))
    expect(html).toContain('PHỤ LỤC')
    expect(html).toContain('<strong>Nhiệm vụ 6</strong>')
    expect(html).toContain(`${task6.published} sản phẩm đã xuất bản; ${task6.webhooks} lượt webhook; ${task6.mails} thư đã gửi.`)
    expect(html.match(/<svg /g)).toHaveLength(3)
    // Section III is prefilled from late and standing tasks.
    expect(html).toMatch(/Duy trì Nhiệm vụ 6 \(nhiệm vụ thường xuyên\)/)
    expect(html).toMatch(/Tiếp tục thực hiện Nhiệm vụ 2 \(trễ hạn\)/)
  })

  it('is available in English', async () => {
    const html = await (await raw('/programme/report?year=2021&lang=en', token)).text()
    expect(html).toContain('I. RESULTS')
    expect(html).toContain(`${task6.published} items published; ${task6.webhooks} webhook deliveries; ${task6.mails} mails sent.`)
  })

  it('is a DOCX holding the task titles, the figures and the three charts as images', async () => {
    const response = await raw('/programme/report?year=2021&format=docx&lang=vi', token)
    expect(response.status).toBe(200)
    const text = textOfXml(await documentXml(response))
    expect(text).toContain('Nhiệm vụ 7')
    expect(text).toContain('Nhiệm vụ 9')
    expect(text).toContain(`${task6.published} sản phẩm đã xuất bản; ${task6.webhooks} lượt webhook; ${task6.mails} thư đã gửi.`)
    expect(text).toContain('III. ĐỀ XUẤT CHƯƠNG TRÌNH NĂM SAU')
  })

  it('is a PDF whose text holds the task titles and the figures', async () => {
    const response = await raw('/programme/report?year=2021&format=pdf&lang=en', token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()))
    const { text } = await extractText(pdf, { mergePages: true })
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('Task 6')
    expect(flat).toContain('Task 7')
    expect(flat).toContain(`${task6.webhooks} webhook deliveries`)
    expect(flat).toContain('APPENDIX')
  })

  it('is a CSV of the figures', async () => {
    const response = await raw('/programme/report?year=2021&format=csv&lang=en', token)
    const csv = await response.text()
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv).toContain('Per task')
    // Every cell quoted, as the audit log's export is.
    expect(csv).toMatch(new RegExp(`\\r\\n"Task 6","Late","\\d+","\\d+","0","0","0","${task6.webhooks}","${task6.mails}",`))
  })

  it('freezes a copy when marked submitted: later edits do not change it, and a second submit is refused', async () => {
    const host = await makeStaff(payload, ['editor'])
    const { docs } = await payload.find({ collection: 'programme-years', where: { year: { equals: 2021 } }, depth: 0, overrideAccess: true })
    const year = docs[0]!
    const outsider = await login(host.email, host.password)
    expect((await rest('POST', `/programme-years/${year.id}/submit`, { token: outsider })).status).toBe(403)
    await payload.update({ collection: 'users', id: host.id, data: { institution: year.hostInstitution as number }, overrideAccess: true })
    const hostToken = await login(host.email, host.password)
    await rest('PATCH', `/programme-years/${year.id}?locale=en`, { token: hostToken, body: { difficulties: 'Too few hands before the deadline.' } })
    const submitted = await rest('POST', `/programme-years/${year.id}/submit`, { token: hostToken })
    expect(submitted.status).toBe(200)
    const rewrite = await rest('PATCH', `/programme-years/${year.id}?locale=en`, { token: hostToken, body: { difficulties: 'Rewritten after the fact.' } })
    expect(rewrite.status).toBe(400)
    const html = await (await raw('/programme/report?year=2021&lang=en', token)).text()
    expect(html).toContain('Too few hands before the deadline.')
    expect(html).not.toContain('Rewritten after the fact.')
    expect(html).toContain('Submitted at')
    const again = await rest('POST', `/programme-years/${year.id}/submit`, { token: hostToken })
    expect(again.status).toBe(409)
  })
})
