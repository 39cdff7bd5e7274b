import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_content_types" AS ENUM('article', 'campaign', 'briefing-pack');
  CREATE TYPE "public"."enum_subscribers_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_subscribers_frequency" AS ENUM('immediate', 'daily', 'weekly');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'active', 'unsubscribed', 'bounced');
  CREATE TYPE "public"."enum_digest_runs_kind" AS ENUM('daily', 'weekly', 'alert', 'correction');
  CREATE TYPE "public"."enum_digest_runs_status" AS ENUM('sending', 'completed');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'suppressed');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'mail_retry';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMail';
  CREATE TABLE "subscribers_content_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscribers_content_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"outlet" varchar,
  	"locale" "enum_subscribers_locale" DEFAULT 'vi' NOT NULL,
  	"frequency" "enum_subscribers_frequency" DEFAULT 'daily' NOT NULL,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"consent_text" varchar,
  	"consent_version" varchar,
  	"consented_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"bounce_count" numeric DEFAULT 0,
  	"last_digest_at" timestamp(3) with time zone,
  	"confirm_token_hash" varchar,
  	"confirm_token_expires_at" timestamp(3) with time zone,
  	"access_token_hash" varchar,
  	"access_token_sealed" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"campaigns_id" integer
  );
  
  CREATE TABLE "digest_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_digest_runs_kind" NOT NULL,
  	"period" varchar NOT NULL,
  	"status" "enum_digest_runs_status" DEFAULT 'sending' NOT NULL,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"change_id" integer,
  	"expected" numeric DEFAULT 0 NOT NULL,
  	"sent" numeric DEFAULT 0 NOT NULL,
  	"failed" numeric DEFAULT 0 NOT NULL,
  	"suppressed" numeric DEFAULT 0 NOT NULL,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"run_id" integer NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"status" "enum_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "delivery_changes" ADD COLUMN "change_note" varchar;
  ALTER TABLE "delivery_changes" ADD COLUMN "major" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "digest_runs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "subscribers_content_types" ADD CONSTRAINT "subscribers_content_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_change_id_delivery_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."delivery_changes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_run_id_digest_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."digest_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscribers_content_types_order_idx" ON "subscribers_content_types" USING btree ("order");
  CREATE INDEX "subscribers_content_types_parent_idx" ON "subscribers_content_types" USING btree ("parent_id");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE INDEX "subscribers_confirm_token_hash_idx" ON "subscribers" USING btree ("confirm_token_hash");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscribers_rels_order_idx" ON "subscribers_rels" USING btree ("order");
  CREATE INDEX "subscribers_rels_parent_idx" ON "subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "subscribers_rels_path_idx" ON "subscribers_rels" USING btree ("path");
  CREATE INDEX "subscribers_rels_topics_id_idx" ON "subscribers_rels" USING btree ("topics_id");
  CREATE INDEX "subscribers_rels_campaigns_id_idx" ON "subscribers_rels" USING btree ("campaigns_id");
  CREATE INDEX "digest_runs_change_idx" ON "digest_runs" USING btree ("change_id");
  CREATE INDEX "digest_runs_updated_at_idx" ON "digest_runs" USING btree ("updated_at");
  CREATE INDEX "digest_runs_created_at_idx" ON "digest_runs" USING btree ("created_at");
  CREATE UNIQUE INDEX "kind_period_idx" ON "digest_runs" USING btree ("kind","period");
  CREATE INDEX "deliveries_run_idx" ON "deliveries" USING btree ("run_id");
  CREATE INDEX "deliveries_subscriber_idx" ON "deliveries" USING btree ("subscriber_id");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "run_subscriber_idx" ON "deliveries" USING btree ("run_id","subscriber_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_digest_runs_fk" FOREIGN KEY ("digest_runs_id") REFERENCES "public"."digest_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_digest_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("digest_runs_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)

  // Request counters shared by every app instance (per-IP and per-address limits on the
  // public subscription endpoint). Unlogged: a crash only forgets the current window.
  await db.execute(sql`
  CREATE UNLOGGED TABLE "request_counts" (
  	"bucket" varchar(300) NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"count" integer NOT NULL,
  	PRIMARY KEY ("bucket", "window_start")
  );
  CREATE INDEX IF NOT EXISTS "deliveries_due_idx" ON "deliveries" ("next_attempt_at") WHERE "status" = 'pending';
  -- Claims walk the open rows only, however much of a run is already sent.
  CREATE INDEX IF NOT EXISTS "deliveries_open_idx" ON "deliveries" ("id") WHERE "status" IN ('pending', 'sending');`)

}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "request_counts";
   ALTER TABLE "subscribers_content_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "digest_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscribers_content_types" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscribers_rels" CASCADE;
  DROP TABLE "digest_runs" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_digest_runs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('workflow', 'publish', 'role_change', 'login_lockout', 'agency_change', 'embargo_access', 'webhook_resend');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDueItems', 'sendWebhooks');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDueItems', 'sendWebhooks');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_digest_runs_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "delivery_changes" DROP COLUMN "change_note";
  ALTER TABLE "delivery_changes" DROP COLUMN "major";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "digest_runs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_subscribers_content_types";
  DROP TYPE "public"."enum_subscribers_locale";
  DROP TYPE "public"."enum_subscribers_frequency";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_digest_runs_kind";
  DROP TYPE "public"."enum_digest_runs_status";
  DROP TYPE "public"."enum_deliveries_status";`)
}
