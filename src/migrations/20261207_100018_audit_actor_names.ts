import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ADD COLUMN "actor_name" varchar;`)
  // Entries written before names were kept name their person by the account's name today,
  // or by the address they were written with when the account has gone.
  await db.execute(sql`
   UPDATE "audit_log" a SET "actor_name" = COALESCE(NULLIF(btrim(u."name"), ''), a."actor_email")
     FROM "users" u WHERE u."id" = a."actor_id" AND a."actor_name" IS NULL;
   UPDATE "audit_log" SET "actor_name" = "actor_email" WHERE "actor_name" IS NULL AND "actor_email" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DROP COLUMN "actor_name";`)
}
