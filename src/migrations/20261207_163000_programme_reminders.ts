import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * The ledger of reminders to the reporting department's staff before the year-end report's
 * deadline: one row per year, threshold (30 or 7 days) and person, written before anything
 * is sent, claimed by one worker at a time, like `journalist_notices`. Written only by
 * src/programme/reminders, outside Payload's collections.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "programme_reminders" (
  	"id" serial PRIMARY KEY,
  	"year_id" integer NOT NULL REFERENCES "programme_years"("id") ON DELETE CASCADE,
  	"days" integer NOT NULL CHECK ("days" IN (30, 7)),
  	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"status" varchar NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'sending', 'sent', 'failed', 'suppressed')),
  	"claimed_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"created_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  	UNIQUE ("year_id", "days", "user_id")
  );
  CREATE INDEX "programme_reminders_status_idx" ON "programme_reminders" USING btree ("status");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "programme_reminders";`)
}
