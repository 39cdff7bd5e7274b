import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { sendReportReminders } from '@/programme/reminders/sendReportReminders'
import { seedProgramme } from '@/seed/seedProgramme'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let yearId: number
const sent: Array<{ to: string; subject: string; text: string }> = []
// Records every message instead of sending it, as a relay would accept it.
const transport = nodemailer.createTransport({ jsonTransport: true })
const recording = {
  sendMail: async (mail: nodemailer.SendMailOptions) => {
    const to = mail.to as { address: string }
    sent.push({ to: to.address, subject: String(mail.subject), text: String(mail.text) })
    return transport.sendMail(mail)
  },
} as unknown as nodemailer.Transporter

let inHost: Awaited<ReturnType<typeof makeStaff>>

beforeAll(async () => {
  payload = await getTestPayload()
  await seedProgramme(payload)
  // A year of its own, so other files' 2021 report stays untouched.
  const host = (await payload.find({ collection: 'institutions', where: { code: { equals: 'AIS' } }, overrideAccess: true })).docs[0]!
  const year = await payload.create({
    collection: 'programme-years',
    data: { year: 2031, decisionNumber: '99/QĐ-BTTTT', reportDue: '2031-12-24T17:00:00.000Z', hostInstitution: host.id },
    overrideAccess: true,
  })
  yearId = year.id
  inHost = await makeStaff(payload, ['editor'])
  await payload.update({ collection: 'users', id: inHost.id, data: { institution: host.id }, overrideAccess: true })
  await makeStaff(payload, ['editor'])
})

const mine = () => sent.filter((mail) => mail.subject.includes('2031'))

describe('year-end report reminders', () => {
  it('sends nothing more than 30 days before the deadline', async () => {
    await sendReportReminders(payload, { transport: recording, now: new Date('2031-11-01T00:00:00Z') })
    expect(mine()).toHaveLength(0)
  })

  it('mails the host department’s staff once, 30 days before, in their mail language (Vietnamese by default), recorded in the ledger first', async () => {
    const now = new Date('2031-11-25T01:00:00Z')
    await sendReportReminders(payload, { transport: recording, now })
    await sendReportReminders(payload, { transport: recording, now })
    expect(mine()).toHaveLength(1)
    expect(mine()[0]!.subject).toBe('Còn 30 ngày đến hạn nộp báo cáo Chương trình năm 2031')
    expect(mine()[0]!.text).toContain(`/admin/collections/programme-years/${yearId}`)
    const { rows } = await poolOf(payload).query(`SELECT days, status FROM programme_reminders WHERE year_id = $1`, [yearId])
    expect(rows).toEqual([{ days: 30, status: 'sent' }])
  })

  it('mails again 7 days before, in English to someone who chose English for their mail', async () => {
    await payload.update({ collection: 'users', id: inHost.id, data: { mailLanguage: 'en' }, overrideAccess: true })
    await sendReportReminders(payload, { transport: recording, now: new Date('2031-12-18T01:00:00Z') })
    expect(mine()).toHaveLength(2)
    expect(mine()[1]!.subject).toBe('7 days left to submit the 2031 programme report')
  })

  it('sends nothing once the report is marked submitted, and drops reminders already planned', async () => {
    await poolOf(payload).query(
      `INSERT INTO programme_reminders (year_id, days, user_id) SELECT $1, 7, id FROM users WHERE institution_id IS NOT NULL ON CONFLICT DO NOTHING`,
      [yearId],
    )
    await poolOf(payload).query(`UPDATE programme_reminders SET status = 'pending' WHERE year_id = $1 AND days = 7`, [yearId])
    await payload.update({ collection: 'programme-years', id: yearId, data: { submittedAt: '2031-12-19T00:00:00.000Z' }, overrideAccess: true })
    const totals = await sendReportReminders(payload, { transport: recording, now: new Date('2031-12-20T01:00:00Z') })
    expect(mine()).toHaveLength(2)
    expect(totals.suppressed).toBeGreaterThan(0)
  })
})
