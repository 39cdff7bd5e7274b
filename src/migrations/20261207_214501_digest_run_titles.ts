import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Payload titles a document only by a stored field: the column stays empty, and each read
  // words a run's title from its kind and headline in the reader's language.
  await db.execute(sql`
   ALTER TABLE "digest_runs" ADD COLUMN "title" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "digest_runs" DROP COLUMN "title";`)
}
