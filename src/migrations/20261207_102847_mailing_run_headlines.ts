import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "digest_runs" ADD COLUMN "headline" varchar;`)
  // Runs from before: an alert or notice by its item's headline, a digest by its days in Viet Nam.
  await db.execute(sql`
   UPDATE "digest_runs" r SET "headline" = c."ninjs"->'headlines'->0->>'value'
     FROM "delivery_changes" c WHERE c."id" = r."change_id" AND r."headline" IS NULL;
   UPDATE "digest_runs" SET "headline" = CASE "kind"
       WHEN 'weekly' THEN to_char("period_start" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') || ' – ' || to_char(("period_end" - interval '1 millisecond') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY')
       ELSE to_char(("period_end" - interval '1 millisecond') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY')
     END
     WHERE "headline" IS NULL AND "period_start" IS NOT NULL AND "period_end" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "digest_runs" DROP COLUMN "headline";`)
}
