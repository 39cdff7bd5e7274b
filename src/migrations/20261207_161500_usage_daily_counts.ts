import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * What the ledgers do not keep: how often each agency fetched through the v1 API (the rate
 * limiter's per-minute table is unlogged and emptied after an hour) and how often each
 * briefing pack's bundle was downloaded (only embargoed downloads are audited). One row per
 * kind, subject and Viet Nam day, incremented in batches, read by the programme dashboard.
 * Written outside Payload's collections, so the collections' schema does not change.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "usage_daily_counts" (
  	"kind" varchar NOT NULL CHECK ("kind" IN ('api_fetch', 'bundle_download')),
  	"subject_id" integer NOT NULL,
  	"day" date NOT NULL,
  	"count" integer NOT NULL DEFAULT 0,
  	PRIMARY KEY ("kind", "subject_id", "day")
  );
  -- The dashboard asks for one kind over a range of days.
  CREATE INDEX "usage_daily_counts_kind_day_idx" ON "usage_daily_counts" USING btree ("kind", "day");
  -- The dashboard finds deliveries and publications in a period, and changes by item.
  CREATE INDEX IF NOT EXISTS "webhook_deliveries_delivered_at_idx" ON "webhook_deliveries" USING btree ("delivered_at") WHERE "status" = 'delivered';
  CREATE INDEX IF NOT EXISTS "delivery_changes_doc_idx" ON "delivery_changes" USING btree ("content_type", "doc_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "delivery_changes_doc_idx";
  DROP INDEX IF EXISTS "webhook_deliveries_delivered_at_idx";
  DROP TABLE IF EXISTS "usage_daily_counts";`)
}
