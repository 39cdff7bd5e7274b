import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'preview_link';`)
  // Shared preview links, outside Payload's collections like the press room's sign-in
  // tokens: only the SHA-256 hash of each token is stored, so a copy of the database opens
  // no preview. A link ends when it expires or is revoked; the row stays for the audit trail.
  await db.execute(sql`
  CREATE TABLE "preview_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token_hash" varchar(64) NOT NULL UNIQUE,
  	"collection" varchar(40) NOT NULL,
  	"doc_id" integer NOT NULL,
  	"lang" varchar(2) NOT NULL,
  	"created_by" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"revoked_by" integer REFERENCES "users"("id") ON DELETE SET NULL
  );
  CREATE INDEX "preview_links_item_idx" ON "preview_links" ("collection", "doc_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE IF EXISTS "preview_links";
   DELETE FROM "audit_log" WHERE "event" = 'preview_link';
   ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('workflow', 'publish', 'role_change', 'login_lockout', 'agency_change', 'embargo_access', 'webhook_resend', 'mail_retry', 'comment_moderation', 'comment_answer', 'accreditation', 'settings_change', 'programme_change');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";`)
}
