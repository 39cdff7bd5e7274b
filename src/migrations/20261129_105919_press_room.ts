import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_journalists_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_journalists_status" AS ENUM('pending', 'accredited', 'refused', 'revoked');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'accreditation';
  CREATE TABLE "journalists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"outlet" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"press_card_number" varchar NOT NULL,
  	"phone" varchar,
  	"language" "enum_journalists_language" DEFAULT 'vi',
  	"status" "enum_journalists_status" DEFAULT 'pending' NOT NULL,
  	"decision_note" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"last_sign_in_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "journalists_id" integer;
  ALTER TABLE "journalists" ADD CONSTRAINT "journalists_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "journalists_email_idx" ON "journalists" USING btree ("email");
  CREATE INDEX "journalists_status_idx" ON "journalists" USING btree ("status");
  CREATE INDEX "journalists_decided_by_idx" ON "journalists" USING btree ("decided_by_id");
  CREATE INDEX "journalists_updated_at_idx" ON "journalists" USING btree ("updated_at");
  CREATE INDEX "journalists_created_at_idx" ON "journalists" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_journalists_fk" FOREIGN KEY ("journalists_id") REFERENCES "public"."journalists"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_journalists_id_idx" ON "payload_locked_documents_rels" USING btree ("journalists_id");`)
  // The press room's own tables, outside Payload's collections: sign-in links and sessions
  // of accredited journalists (only hashes of their secrets), and the site search index.
  await db.execute(sql`
  CREATE TABLE "press_sign_in_tokens" (
  	"token_hash" varchar(64) PRIMARY KEY NOT NULL,
  	"journalist_id" integer NOT NULL REFERENCES "journalists"("id") ON DELETE CASCADE,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX "press_sign_in_tokens_journalist_idx" ON "press_sign_in_tokens" ("journalist_id");
  CREATE TABLE "press_sessions" (
  	"token_hash" varchar(64) PRIMARY KEY NOT NULL,
  	"journalist_id" integer NOT NULL REFERENCES "journalists"("id") ON DELETE CASCADE,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  CREATE INDEX "press_sessions_journalist_idx" ON "press_sessions" ("journalist_id");
  -- One row per published item and language. Text is stored folded (no diacritics, lower
  -- case) so "tre em" finds "trẻ em" without the unaccent extension, which managed servers
  -- do not always allow.
  CREATE TABLE "site_search" (
  	"doc_type" varchar(20) NOT NULL,
  	"doc_id" integer NOT NULL,
  	"lang" varchar(2) NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar DEFAULT '' NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"embargo_until" timestamp(3) with time zone,
  	"folded_title" varchar NOT NULL,
  	"folded_body" varchar NOT NULL,
  	"document" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', "folded_title"), 'A') || setweight(to_tsvector('simple', "folded_body"), 'B')) STORED,
  	PRIMARY KEY ("doc_type", "doc_id", "lang")
  );
  CREATE INDEX "site_search_document_idx" ON "site_search" USING gin ("document");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "site_search";
  DROP TABLE IF EXISTS "press_sessions";
  DROP TABLE IF EXISTS "press_sign_in_tokens";
   ALTER TABLE "journalists" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "journalists" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_journalists_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('workflow', 'publish', 'role_change', 'login_lockout', 'agency_change', 'embargo_access', 'webhook_resend', 'mail_retry', 'comment_moderation', 'comment_answer');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "payload_locked_documents_rels_journalists_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "journalists_id";
  DROP TYPE "public"."enum_journalists_language";
  DROP TYPE "public"."enum_journalists_status";`)
}
