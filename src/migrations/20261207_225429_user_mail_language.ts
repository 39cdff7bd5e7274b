import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_mail_language" AS ENUM('vi', 'en');
  ALTER TABLE "users" ADD COLUMN "mail_language" "enum_users_mail_language" DEFAULT 'vi';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "mail_language";
  DROP TYPE "public"."enum_users_mail_language";`)
}
