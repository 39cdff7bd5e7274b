import type { Transporter } from 'nodemailer'
import type { Payload } from 'payload'

import { siteUrl } from '@/config/siteUrl'
import { poolOf } from '@/db/sql'
import { messagesIn } from '@/i18n/defineMessages'
import { langOrDefault } from '@/i18n/lang'
import { formatDate } from '@/i18n/formatDateTime'
import { programmeMessages } from '@/i18n/messages/programme'
import { fromAddress } from '@/mail/bulkTransport'
import { daysLeft, dueReminders } from './dueReminders'

type Totals = { planned: number; sent: number; failed: number; suppressed: number }

/** A `sending` row older than this belongs to a worker that died; it is taken up again. */
const STALE_CLAIM = "interval '10 minutes'"

/**
 * Reminds the reporting department's staff (users whose department hosts the year) of the
 * year-end report, 30 and 7 days before its deadline, unless it has been submitted. Rows are
 * written to `programme_reminders` first, then claimed and sent one by one, so a crash or a
 * second worker never sends a reminder twice beyond the one in flight.
 */
export async function sendReportReminders(payload: Payload, { transport, now = new Date() }: { transport: Transporter; now?: Date }): Promise<Totals> {
  const pool = poolOf(payload)
  const totals: Totals = { planned: 0, sent: 0, failed: 0, suppressed: 0 }
  const { rows: years } = await pool.query<{ id: number; report_due: Date; submitted_at: Date | null; host_institution_id: number }>(
    `SELECT id, report_due, submitted_at, host_institution_id FROM programme_years WHERE submitted_at IS NULL AND report_due > $1`,
    [now],
  )
  for (const year of years) {
    for (const days of dueReminders({ reportDue: year.report_due, submittedAt: year.submitted_at, now })) {
      const { rowCount } = await pool.query(
        `INSERT INTO programme_reminders (year_id, days, user_id)
         SELECT $1, $2, u.id FROM users u WHERE u.institution_id = $3
         ON CONFLICT (year_id, days, user_id) DO NOTHING`,
        [year.id, days, year.host_institution_id],
      )
      totals.planned += rowCount ?? 0
    }
  }
  for (;;) {
    const { rows } = await pool.query<{
      id: number
      year_id: number
      days: number
      email: string
      name: string | null
      mail_language: string | null
      year: number
      report_due: Date
      submitted_at: Date | null
    }>(
      `UPDATE programme_reminders r SET status = 'sending', claimed_at = now()
        WHERE r.id = (SELECT id FROM programme_reminders
                       WHERE status = 'pending' OR (status = 'sending' AND claimed_at < now() - ${STALE_CLAIM})
                       ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING r.id, r.year_id, r.days,
         (SELECT email FROM users WHERE id = r.user_id) AS email, (SELECT name FROM users WHERE id = r.user_id) AS name,
         (SELECT mail_language FROM users WHERE id = r.user_id) AS mail_language,
         (SELECT year::int FROM programme_years WHERE id = r.year_id) AS year,
         (SELECT report_due FROM programme_years WHERE id = r.year_id) AS report_due,
         (SELECT submitted_at FROM programme_years WHERE id = r.year_id) AS submitted_at`,
    )
    const row = rows[0]
    if (!row) break
    if (row.submitted_at || !row.email) {
      await pool.query(`UPDATE programme_reminders SET status = 'suppressed' WHERE id = $1`, [row.id])
      totals.suppressed += 1
      continue
    }
    // In the language each person chose for the newsroom's mail (users.mail_language).
    const left = daysLeft(row.report_due, now)
    const link = `${siteUrl()}/admin/collections/programme-years/${row.year_id}`
    const due = formatDate(row.report_due)
    const words = messagesIn(programmeMessages, langOrDefault(row.mail_language))
    try {
      const info = await transport.sendMail({
        from: fromAddress(),
        to: { name: (row.name ?? '').trim(), address: row.email },
        subject: words.reminderSubject(row.year, left),
        text: words.reminderBody(row.year, left, due, link),
        headers: { 'X-Newsroom-Reminder': String(row.id) },
      })
      await pool.query(`UPDATE programme_reminders SET status = 'sent', sent_at = now(), message_id = $2 WHERE id = $1`, [row.id, info.messageId ?? null])
      totals.sent += 1
    } catch (error) {
      await pool.query(`UPDATE programme_reminders SET status = 'failed', last_error = $2 WHERE id = $1`, [
        row.id,
        String((error as Error).message).slice(0, 500),
      ])
      totals.failed += 1
    }
  }
  return totals
}
