import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agencies_allowed_types" AS ENUM('article', 'campaign', 'briefing-pack');
  CREATE TYPE "public"."enum_agencies_kind" AS ENUM('news-agency', 'newspaper', 'broadcaster', 'online');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'sending', 'delivered', 'failed');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'agency_change';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'embargo_access';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'webhook_resend';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendWebhooks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendWebhooks';
  CREATE TABLE "agencies_allowed_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_agencies_allowed_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_agencies_kind" DEFAULT 'online' NOT NULL,
  	"contact_email" varchar,
  	"active" boolean DEFAULT true,
  	"trusted" boolean DEFAULT false,
  	"rate_limit_per_minute" numeric DEFAULT 600 NOT NULL,
  	"webhook_url" varchar,
  	"webhook_secret" varchar,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"agency_id" integer NOT NULL,
  	"change_id" integer NOT NULL,
  	"event" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"response_code" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "delivery_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_id" varchar NOT NULL,
  	"content_type" varchar NOT NULL,
  	"doc_id" numeric NOT NULL,
  	"lang" varchar NOT NULL,
  	"slug" varchar,
  	"version" numeric NOT NULL,
  	"event_trusted" varchar,
  	"event_public" varchar,
  	"pub_status" varchar NOT NULL,
  	"embargo_until" timestamp(3) with time zone,
  	"lift_pending" boolean DEFAULT false,
  	"campaign_slug" varchar,
  	"topic_slugs" jsonb,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"ninjs" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agencies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_changes_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "agencies_id" integer;
  ALTER TABLE "agencies_allowed_types" ADD CONSTRAINT "agencies_allowed_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_change_id_delivery_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."delivery_changes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agencies_allowed_types_order_idx" ON "agencies_allowed_types" USING btree ("order");
  CREATE INDEX "agencies_allowed_types_parent_idx" ON "agencies_allowed_types" USING btree ("parent_id");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_agency_idx" ON "webhook_deliveries" USING btree ("agency_id");
  CREATE INDEX "webhook_deliveries_change_idx" ON "webhook_deliveries" USING btree ("change_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "agency_change_idx" ON "webhook_deliveries" USING btree ("agency_id","change_id");
  CREATE INDEX "delivery_changes_item_id_idx" ON "delivery_changes" USING btree ("item_id");
  CREATE INDEX "delivery_changes_lift_pending_idx" ON "delivery_changes" USING btree ("lift_pending");
  CREATE INDEX "delivery_changes_campaign_slug_idx" ON "delivery_changes" USING btree ("campaign_slug");
  CREATE INDEX "delivery_changes_updated_at_idx" ON "delivery_changes" USING btree ("updated_at");
  CREATE INDEX "delivery_changes_created_at_idx" ON "delivery_changes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_changes_fk" FOREIGN KEY ("delivery_changes_id") REFERENCES "public"."delivery_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_delivery_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_changes_id");
  CREATE INDEX "payload_preferences_rels_agencies_id_idx" ON "payload_preferences_rels" USING btree ("agencies_id");`)

  // Tables outside Payload's collections, used only by the delivery API (src/delivery):
  // the cache generation and next embargo to lift, shared by every app instance; the
  // per-minute request counts behind agency rate limits (unlogged: losing them on a crash
  // only forgets the current minute); and the indexes the hot path reads by.
  await db.execute(sql`
  CREATE TABLE "delivery_state" (
  	"id" integer PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
  	"generation" bigint NOT NULL DEFAULT 0,
  	"next_lift" timestamp(3) with time zone,
  	"changed_at" timestamp(3) with time zone NOT NULL DEFAULT now()
  );
  INSERT INTO "delivery_state" ("id") VALUES (1);
  CREATE UNLOGGED TABLE "agency_request_counts" (
  	"agency_id" integer NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"count" integer NOT NULL,
  	PRIMARY KEY ("agency_id", "window_start")
  );
  CREATE INDEX IF NOT EXISTS "agencies_api_key_index_lookup_idx" ON "agencies" ("api_key_index");
  CREATE INDEX IF NOT EXISTS "delivery_changes_topic_slugs_gin_idx" ON "delivery_changes" USING gin ("topic_slugs" jsonb_path_ops);
  CREATE INDEX IF NOT EXISTS "delivery_changes_lift_due_idx" ON "delivery_changes" ("embargo_until") WHERE "lift_pending";`)

  // Every app instance keeps the delivery state and the agencies in memory and listens on
  // this channel; a NOTIFY goes out on commit of any change to them, however it is made.
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION "notify_newsroom_delivery"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('newsroom_delivery', TG_TABLE_NAME);
    RETURN NULL;
  END $$;
  CREATE TRIGGER "delivery_state_notify" AFTER INSERT OR UPDATE OR DELETE ON "delivery_state"
    FOR EACH STATEMENT EXECUTE FUNCTION "notify_newsroom_delivery"();
  CREATE TRIGGER "agencies_notify" AFTER INSERT OR UPDATE OR DELETE ON "agencies"
    FOR EACH STATEMENT EXECUTE FUNCTION "notify_newsroom_delivery"();
  CREATE TRIGGER "agencies_allowed_types_notify" AFTER INSERT OR UPDATE OR DELETE ON "agencies_allowed_types"
    FOR EACH STATEMENT EXECUTE FUNCTION "notify_newsroom_delivery"();`)

}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "delivery_state";
  DROP FUNCTION IF EXISTS "notify_newsroom_delivery"() CASCADE;
  DROP TABLE IF EXISTS "agency_request_counts";
   ALTER TABLE "agencies_allowed_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agencies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "agencies_allowed_types" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "delivery_changes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agencies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_changes_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_agencies_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('workflow', 'publish', 'role_change', 'login_lockout');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDueItems');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDueItems');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_agencies_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_delivery_changes_id_idx";
  DROP INDEX "payload_preferences_rels_agencies_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agencies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_changes_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "agencies_id";
  DROP TYPE "public"."enum_agencies_allowed_types";
  DROP TYPE "public"."enum_agencies_kind";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
