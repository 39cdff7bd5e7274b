import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Withdrawal and correction notices to journalists who downloaded a briefing-pack bundle
 * get a ledger table of their own, beside `deliveries` (which holds subscribers only: its
 * subscriber is required). They were kept in Payload's key-value table under
 * `press-notice:{run}:{journalist}`, where a claim had to scan every key and nothing tied
 * a row to its run or journalist. Written only by src/email/notices, outside Payload's
 * collections, so the collections' schema (and the snapshot) do not change.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "journalist_notices" (
  	"id" serial PRIMARY KEY,
  	"run_id" integer NOT NULL REFERENCES "digest_runs"("id") ON DELETE CASCADE,
  	"journalist_id" integer NOT NULL REFERENCES "journalists"("id") ON DELETE CASCADE,
  	"status" varchar NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'sending', 'sent', 'failed', 'suppressed')),
  	"attempts" integer NOT NULL DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"created_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  	UNIQUE ("run_id", "journalist_id")
  );
  -- Claims look for due pending rows and stale sending ones.
  CREATE INDEX "journalist_notices_claim_idx" ON "journalist_notices" USING btree ("status", "next_attempt_at");
  -- Deleting a journalist cascades here.
  CREATE INDEX "journalist_notices_journalist_idx" ON "journalist_notices" USING btree ("journalist_id");`)

  // The ledger kept so far moves over as it stands, so no notice is lost or sent twice on
  // upgrade. The run and journalist are read from the key, which was the unique part; a
  // row whose run or journalist is gone would have been cascaded away with it, so it is
  // dropped. A status the table does not know is taken as still to send.
  await db.execute(sql`
  INSERT INTO "journalist_notices" ("run_id", "journalist_id", "status", "attempts", "next_attempt_at", "claimed_at", "sent_at", "message_id", "last_error")
  SELECT k.run_id, k.journalist_id,
         CASE WHEN k.data->>'status' IN ('pending', 'sending', 'sent', 'failed', 'suppressed') THEN k.data->>'status' ELSE 'pending' END,
         CASE WHEN k.data->>'attempts' ~ '^[0-9]{1,9}$' THEN (k.data->>'attempts')::int ELSE 0 END,
         coalesce((k.data->>'nextAttemptAt')::timestamptz, CASE WHEN coalesce(k.data->>'status', 'pending') IN ('pending', 'sending') THEN now() END),
         (k.data->>'claimedAt')::timestamptz,
         (k.data->>'sentAt')::timestamptz,
         k.data->>'messageId',
         k.data->>'lastError'
    FROM (SELECT split_part(key, ':', 2)::int AS run_id, split_part(key, ':', 3)::int AS journalist_id, data
            FROM "payload_kv" WHERE key ~ '^press-notice:[0-9]{1,9}:[0-9]{1,9}$') k
    JOIN "digest_runs" r ON r.id = k.run_id
    JOIN "journalists" j ON j.id = k.journalist_id
  ON CONFLICT ("run_id", "journalist_id") DO NOTHING;
  DELETE FROM "payload_kv" WHERE starts_with(key, 'press-notice:');`)
}

/** Puts the ledger back where the older code reads it, then drops the table. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  INSERT INTO "payload_kv" ("key", "data")
  SELECT 'press-notice:' || n.run_id || ':' || n.journalist_id,
         jsonb_strip_nulls(jsonb_build_object('runId', n.run_id, 'journalistId', n.journalist_id, 'status', n.status, 'attempts', n.attempts,
           'nextAttemptAt', n.next_attempt_at, 'claimedAt', n.claimed_at, 'sentAt', n.sent_at, 'messageId', n.message_id, 'lastError', n.last_error))
    FROM "journalist_notices" n
  ON CONFLICT ("key") DO NOTHING;
  DROP TABLE "journalist_notices";`)
}
