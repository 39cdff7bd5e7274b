import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'programme_change';
  CREATE TABLE "programme_years" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"decision_number" varchar NOT NULL,
  	"decision_date" timestamp(3) with time zone,
  	"report_due" timestamp(3) with time zone NOT NULL,
  	"host_institution_id" integer NOT NULL,
  	"report_number" varchar,
  	"report_date" timestamp(3) with time zone,
  	"submitted_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"frozen_report" jsonb,
  	"reminders_sent" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programme_years_locales" (
  	"ministry" varchar,
  	"place" varchar,
  	"difficulties" varchar,
  	"proposals" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "programme_tasks_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"reached_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "programme_tasks_milestones_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programme_tasks_progress_updates_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "programme_tasks_progress_updates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"text" varchar NOT NULL,
  	"author_id" integer
  );
  
  DROP INDEX "programme_tasks_number_idx";
  ALTER TABLE "users" ADD COLUMN "institution_id" integer;
  ALTER TABLE "programme_tasks" ADD COLUMN "year_id" integer;
  ALTER TABLE "programme_tasks" ADD COLUMN "completed_at" timestamp(3) with time zone;
  ALTER TABLE "programme_tasks_rels" ADD COLUMN "programme_objectives_id" integer;
  ALTER TABLE "programme_tasks_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "programme_years_id" integer;
  ALTER TABLE "programme_years" ADD CONSTRAINT "programme_years_host_institution_id_institutions_id_fk" FOREIGN KEY ("host_institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_years" ADD CONSTRAINT "programme_years_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_years_locales" ADD CONSTRAINT "programme_years_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_tasks_milestones" ADD CONSTRAINT "programme_tasks_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_tasks_milestones_locales" ADD CONSTRAINT "programme_tasks_milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_tasks_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_tasks_progress_updates_evidence" ADD CONSTRAINT "programme_tasks_progress_updates_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_tasks_progress_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_tasks_progress_updates" ADD CONSTRAINT "programme_tasks_progress_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_tasks_progress_updates" ADD CONSTRAINT "programme_tasks_progress_updates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "programme_years_year_idx" ON "programme_years" USING btree ("year");
  CREATE INDEX "programme_years_host_institution_idx" ON "programme_years" USING btree ("host_institution_id");
  CREATE INDEX "programme_years_submitted_by_idx" ON "programme_years" USING btree ("submitted_by_id");
  CREATE INDEX "programme_years_updated_at_idx" ON "programme_years" USING btree ("updated_at");
  CREATE INDEX "programme_years_created_at_idx" ON "programme_years" USING btree ("created_at");
  CREATE UNIQUE INDEX "programme_years_locales_locale_parent_id_unique" ON "programme_years_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programme_tasks_milestones_order_idx" ON "programme_tasks_milestones" USING btree ("_order");
  CREATE INDEX "programme_tasks_milestones_parent_id_idx" ON "programme_tasks_milestones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programme_tasks_milestones_locales_locale_parent_id_unique" ON "programme_tasks_milestones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programme_tasks_progress_updates_evidence_order_idx" ON "programme_tasks_progress_updates_evidence" USING btree ("_order");
  CREATE INDEX "programme_tasks_progress_updates_evidence_parent_id_idx" ON "programme_tasks_progress_updates_evidence" USING btree ("_parent_id");
  CREATE INDEX "programme_tasks_progress_updates_order_idx" ON "programme_tasks_progress_updates" USING btree ("_order");
  CREATE INDEX "programme_tasks_progress_updates_parent_id_idx" ON "programme_tasks_progress_updates" USING btree ("_parent_id");
  CREATE INDEX "programme_tasks_progress_updates_author_idx" ON "programme_tasks_progress_updates" USING btree ("author_id");
  ALTER TABLE "users" ADD CONSTRAINT "users_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_year_id_programme_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."programme_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_tasks_rels" ADD CONSTRAINT "programme_tasks_rels_programme_objectives_fk" FOREIGN KEY ("programme_objectives_id") REFERENCES "public"."programme_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_tasks_rels" ADD CONSTRAINT "programme_tasks_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programme_years_fk" FOREIGN KEY ("programme_years_id") REFERENCES "public"."programme_years"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_institution_idx" ON "users" USING btree ("institution_id");
  CREATE INDEX "programme_tasks_year_idx" ON "programme_tasks" USING btree ("year_id");
  CREATE UNIQUE INDEX "year_number_idx" ON "programme_tasks" USING btree ("year_id","number");
  CREATE INDEX "programme_tasks_rels_programme_objectives_id_idx" ON "programme_tasks_rels" USING btree ("programme_objectives_id");
  CREATE INDEX "programme_tasks_rels_users_id_idx" ON "programme_tasks_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_programme_years_id_idx" ON "payload_locked_documents_rels" USING btree ("programme_years_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "programme_years" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programme_years_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programme_tasks_milestones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programme_tasks_milestones_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programme_tasks_progress_updates_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programme_tasks_progress_updates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "programme_years" CASCADE;
  DROP TABLE "programme_years_locales" CASCADE;
  DROP TABLE "programme_tasks_milestones" CASCADE;
  DROP TABLE "programme_tasks_milestones_locales" CASCADE;
  DROP TABLE "programme_tasks_progress_updates_evidence" CASCADE;
  DROP TABLE "programme_tasks_progress_updates" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_institution_id_institutions_id_fk";
  
  ALTER TABLE "programme_tasks" DROP CONSTRAINT "programme_tasks_year_id_programme_years_id_fk";
  
  ALTER TABLE "programme_tasks_rels" DROP CONSTRAINT "programme_tasks_rels_programme_objectives_fk";
  
  ALTER TABLE "programme_tasks_rels" DROP CONSTRAINT "programme_tasks_rels_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_programme_years_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('workflow', 'publish', 'role_change', 'login_lockout', 'agency_change', 'embargo_access', 'webhook_resend', 'mail_retry', 'comment_moderation', 'comment_answer', 'accreditation', 'settings_change');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "users_institution_idx";
  DROP INDEX "programme_tasks_year_idx";
  DROP INDEX "year_number_idx";
  DROP INDEX "programme_tasks_rels_programme_objectives_id_idx";
  DROP INDEX "programme_tasks_rels_users_id_idx";
  DROP INDEX "payload_locked_documents_rels_programme_years_id_idx";
  CREATE UNIQUE INDEX "programme_tasks_number_idx" ON "programme_tasks" USING btree ("number");
  ALTER TABLE "users" DROP COLUMN "institution_id";
  ALTER TABLE "programme_tasks" DROP COLUMN "year_id";
  ALTER TABLE "programme_tasks" DROP COLUMN "completed_at";
  ALTER TABLE "programme_tasks_rels" DROP COLUMN "programme_objectives_id";
  ALTER TABLE "programme_tasks_rels" DROP COLUMN "users_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "programme_years_id";`)
}
