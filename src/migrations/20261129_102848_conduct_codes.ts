import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_codes_code_status" AS ENUM('drafting', 'consultation', 'revising', 'submitted', 'promulgated');
  CREATE TYPE "public"."enum_codes_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_codes_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_codes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__codes_v_version_code_status" AS ENUM('drafting', 'consultation', 'revising', 'submitted', 'promulgated');
  CREATE TYPE "public"."enum__codes_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__codes_v_version_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__codes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__codes_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_code_revisions_status" AS ENUM('drafting', 'consultation', 'revising', 'submitted', 'promulgated');
  CREATE TYPE "public"."enum_code_consultations_opensat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_code_consultations_closesat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_code_comments_group" AS ENUM('parent', 'teacher', 'child', 'press', 'business', 'civil-society', 'public-body', 'other');
  CREATE TYPE "public"."enum_code_comments_status" AS ENUM('pending', 'published', 'rejected');
  CREATE TYPE "public"."enum_code_comments_disposition" AS ENUM('accepted', 'partly-accepted', 'not-accepted', 'out-of-scope');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'comment_moderation';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'comment_answer';
  CREATE TABLE "codes_chapters_articles_clauses" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"rationale" varchar
  );
  
  CREATE TABLE "codes_chapters_articles_clauses_locales" (
  	"heading" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "codes_chapters_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar
  );
  
  CREATE TABLE "codes_chapters_articles_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "codes_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar
  );
  
  CREATE TABLE "codes_chapters_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "codes_changelog" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"revision" varchar,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "codes_changelog_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"revision_label" varchar DEFAULT 'v0.1',
  	"status" "enum_codes_code_status" DEFAULT 'drafting',
  	"stage" "enum_codes_stage" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"publishat_tz" "enum_codes_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_codes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "codes_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "codes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_codes_v_version_chapters_articles_clauses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"rationale" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_codes_v_version_chapters_articles_clauses_locales" (
  	"heading" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_codes_v_version_chapters_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_codes_v_version_chapters_articles_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_codes_v_version_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_codes_v_version_chapters_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_codes_v_version_changelog" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"revision" varchar,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_codes_v_version_changelog_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_codes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_revision_label" varchar DEFAULT 'v0.1',
  	"version_status" "enum__codes_v_version_code_status" DEFAULT 'drafting',
  	"version_stage" "enum__codes_v_version_stage" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_publishat_tz" "enum__codes_v_version_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__codes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__codes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_codes_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_codes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "code_revisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code_id" integer NOT NULL,
  	"slug" varchar NOT NULL,
  	"revision" varchar NOT NULL,
  	"status" "enum_code_revisions_status",
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"snapshot" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "code_consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code_id" integer NOT NULL,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"opensat_tz" "enum_code_consultations_opensat_tz" DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"closesat_tz" "enum_code_consultations_closesat_tz" DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "code_consultations_locales" (
  	"name" varchar NOT NULL,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "code_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"code_id" integer NOT NULL,
  	"consultation_id" integer,
  	"revision" varchar NOT NULL,
  	"clause_key" varchar,
  	"clause_number" varchar,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"group" "enum_code_comments_group" NOT NULL,
  	"organisation" varchar,
  	"text" varchar NOT NULL,
  	"consent" boolean DEFAULT false NOT NULL,
  	"status" "enum_code_comments_status" DEFAULT 'pending' NOT NULL,
  	"rejection_reason" varchar,
  	"disposition" "enum_code_comments_disposition",
  	"linked_revision" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"answered_by_id" integer,
  	"moderated_at" timestamp(3) with time zone,
  	"moderated_by_id" integer,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "code_comments_locales" (
  	"reply" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "code_comments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "codes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "code_revisions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "code_consultations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "code_comments_id" integer;
  ALTER TABLE "codes_chapters_articles_clauses" ADD CONSTRAINT "codes_chapters_articles_clauses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes_chapters_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_chapters_articles_clauses_locales" ADD CONSTRAINT "codes_chapters_articles_clauses_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes_chapters_articles_clauses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_chapters_articles" ADD CONSTRAINT "codes_chapters_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_chapters_articles_locales" ADD CONSTRAINT "codes_chapters_articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes_chapters_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_chapters" ADD CONSTRAINT "codes_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_chapters_locales" ADD CONSTRAINT "codes_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_changelog" ADD CONSTRAINT "codes_changelog_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_changelog_locales" ADD CONSTRAINT "codes_changelog_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes_changelog"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_locales" ADD CONSTRAINT "codes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_rels" ADD CONSTRAINT "codes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes_rels" ADD CONSTRAINT "codes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_chapters_articles_clauses" ADD CONSTRAINT "_codes_v_version_chapters_articles_clauses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v_version_chapters_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_chapters_articles_clauses_locales" ADD CONSTRAINT "_codes_v_version_chapters_articles_clauses_locales_parent_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v_version_chapters_articles_clauses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_chapters_articles" ADD CONSTRAINT "_codes_v_version_chapters_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_chapters_articles_locales" ADD CONSTRAINT "_codes_v_version_chapters_articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v_version_chapters_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_chapters" ADD CONSTRAINT "_codes_v_version_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_chapters_locales" ADD CONSTRAINT "_codes_v_version_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_changelog" ADD CONSTRAINT "_codes_v_version_changelog_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_version_changelog_locales" ADD CONSTRAINT "_codes_v_version_changelog_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v_version_changelog"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v" ADD CONSTRAINT "_codes_v_parent_id_codes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_codes_v_locales" ADD CONSTRAINT "_codes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_codes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_rels" ADD CONSTRAINT "_codes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_codes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v_rels" ADD CONSTRAINT "_codes_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "code_revisions" ADD CONSTRAINT "code_revisions_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "code_consultations" ADD CONSTRAINT "code_consultations_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "code_consultations_locales" ADD CONSTRAINT "code_consultations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."code_consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "code_comments" ADD CONSTRAINT "code_comments_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "code_comments" ADD CONSTRAINT "code_comments_consultation_id_code_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."code_consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "code_comments" ADD CONSTRAINT "code_comments_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "code_comments" ADD CONSTRAINT "code_comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "code_comments_locales" ADD CONSTRAINT "code_comments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."code_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "code_comments_texts" ADD CONSTRAINT "code_comments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."code_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "codes_chapters_articles_clauses_order_idx" ON "codes_chapters_articles_clauses" USING btree ("_order");
  CREATE INDEX "codes_chapters_articles_clauses_parent_id_idx" ON "codes_chapters_articles_clauses" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "codes_chapters_articles_clauses_locales_locale_parent_id_uni" ON "codes_chapters_articles_clauses_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "codes_chapters_articles_order_idx" ON "codes_chapters_articles" USING btree ("_order");
  CREATE INDEX "codes_chapters_articles_parent_id_idx" ON "codes_chapters_articles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "codes_chapters_articles_locales_locale_parent_id_unique" ON "codes_chapters_articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "codes_chapters_order_idx" ON "codes_chapters" USING btree ("_order");
  CREATE INDEX "codes_chapters_parent_id_idx" ON "codes_chapters" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "codes_chapters_locales_locale_parent_id_unique" ON "codes_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "codes_changelog_order_idx" ON "codes_changelog" USING btree ("_order");
  CREATE INDEX "codes_changelog_parent_id_idx" ON "codes_changelog" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "codes_changelog_locales_locale_parent_id_unique" ON "codes_changelog_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "codes_slug_idx" ON "codes" USING btree ("slug");
  CREATE INDEX "codes_stage_idx" ON "codes" USING btree ("stage");
  CREATE INDEX "codes_updated_at_idx" ON "codes" USING btree ("updated_at");
  CREATE INDEX "codes_created_at_idx" ON "codes" USING btree ("created_at");
  CREATE INDEX "codes__status_idx" ON "codes" USING btree ("_status");
  CREATE UNIQUE INDEX "codes_locales_locale_parent_id_unique" ON "codes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "codes_rels_order_idx" ON "codes_rels" USING btree ("order");
  CREATE INDEX "codes_rels_parent_idx" ON "codes_rels" USING btree ("parent_id");
  CREATE INDEX "codes_rels_path_idx" ON "codes_rels" USING btree ("path");
  CREATE INDEX "codes_rels_users_id_idx" ON "codes_rels" USING btree ("users_id");
  CREATE INDEX "_codes_v_version_chapters_articles_clauses_order_idx" ON "_codes_v_version_chapters_articles_clauses" USING btree ("_order");
  CREATE INDEX "_codes_v_version_chapters_articles_clauses_parent_id_idx" ON "_codes_v_version_chapters_articles_clauses" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_codes_v_version_chapters_articles_clauses_locales_locale_pa" ON "_codes_v_version_chapters_articles_clauses_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_codes_v_version_chapters_articles_order_idx" ON "_codes_v_version_chapters_articles" USING btree ("_order");
  CREATE INDEX "_codes_v_version_chapters_articles_parent_id_idx" ON "_codes_v_version_chapters_articles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_codes_v_version_chapters_articles_locales_locale_parent_id_" ON "_codes_v_version_chapters_articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_codes_v_version_chapters_order_idx" ON "_codes_v_version_chapters" USING btree ("_order");
  CREATE INDEX "_codes_v_version_chapters_parent_id_idx" ON "_codes_v_version_chapters" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_codes_v_version_chapters_locales_locale_parent_id_unique" ON "_codes_v_version_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_codes_v_version_changelog_order_idx" ON "_codes_v_version_changelog" USING btree ("_order");
  CREATE INDEX "_codes_v_version_changelog_parent_id_idx" ON "_codes_v_version_changelog" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_codes_v_version_changelog_locales_locale_parent_id_unique" ON "_codes_v_version_changelog_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_codes_v_parent_idx" ON "_codes_v" USING btree ("parent_id");
  CREATE INDEX "_codes_v_version_version_slug_idx" ON "_codes_v" USING btree ("version_slug");
  CREATE INDEX "_codes_v_version_version_stage_idx" ON "_codes_v" USING btree ("version_stage");
  CREATE INDEX "_codes_v_version_version_updated_at_idx" ON "_codes_v" USING btree ("version_updated_at");
  CREATE INDEX "_codes_v_version_version_created_at_idx" ON "_codes_v" USING btree ("version_created_at");
  CREATE INDEX "_codes_v_version_version__status_idx" ON "_codes_v" USING btree ("version__status");
  CREATE INDEX "_codes_v_created_at_idx" ON "_codes_v" USING btree ("created_at");
  CREATE INDEX "_codes_v_updated_at_idx" ON "_codes_v" USING btree ("updated_at");
  CREATE INDEX "_codes_v_snapshot_idx" ON "_codes_v" USING btree ("snapshot");
  CREATE INDEX "_codes_v_published_locale_idx" ON "_codes_v" USING btree ("published_locale");
  CREATE INDEX "_codes_v_latest_idx" ON "_codes_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_codes_v_locales_locale_parent_id_unique" ON "_codes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_codes_v_rels_order_idx" ON "_codes_v_rels" USING btree ("order");
  CREATE INDEX "_codes_v_rels_parent_idx" ON "_codes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_codes_v_rels_path_idx" ON "_codes_v_rels" USING btree ("path");
  CREATE INDEX "_codes_v_rels_users_id_idx" ON "_codes_v_rels" USING btree ("users_id");
  CREATE INDEX "code_revisions_code_idx" ON "code_revisions" USING btree ("code_id");
  CREATE INDEX "code_revisions_slug_idx" ON "code_revisions" USING btree ("slug");
  CREATE INDEX "code_revisions_published_at_idx" ON "code_revisions" USING btree ("published_at");
  CREATE INDEX "code_revisions_updated_at_idx" ON "code_revisions" USING btree ("updated_at");
  CREATE INDEX "code_revisions_created_at_idx" ON "code_revisions" USING btree ("created_at");
  CREATE UNIQUE INDEX "code_revision_idx" ON "code_revisions" USING btree ("code_id","revision");
  CREATE INDEX "code_consultations_code_idx" ON "code_consultations" USING btree ("code_id");
  CREATE INDEX "code_consultations_updated_at_idx" ON "code_consultations" USING btree ("updated_at");
  CREATE INDEX "code_consultations_created_at_idx" ON "code_consultations" USING btree ("created_at");
  CREATE UNIQUE INDEX "code_consultations_locales_locale_parent_id_unique" ON "code_consultations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "code_comments_code_idx" ON "code_comments" USING btree ("code_id");
  CREATE INDEX "code_comments_consultation_idx" ON "code_comments" USING btree ("consultation_id");
  CREATE INDEX "code_comments_clause_key_idx" ON "code_comments" USING btree ("clause_key");
  CREATE INDEX "code_comments_status_idx" ON "code_comments" USING btree ("status");
  CREATE INDEX "code_comments_answered_by_idx" ON "code_comments" USING btree ("answered_by_id");
  CREATE INDEX "code_comments_moderated_by_idx" ON "code_comments" USING btree ("moderated_by_id");
  CREATE INDEX "code_comments_ip_hash_idx" ON "code_comments" USING btree ("ip_hash");
  CREATE INDEX "code_comments_updated_at_idx" ON "code_comments" USING btree ("updated_at");
  CREATE INDEX "code_comments_created_at_idx" ON "code_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "code_comments_locales_locale_parent_id_unique" ON "code_comments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "code_comments_texts_order_parent" ON "code_comments_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conduct_codes_fk" FOREIGN KEY ("codes_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_code_revisions_fk" FOREIGN KEY ("code_revisions_id") REFERENCES "public"."code_revisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_code_consultations_fk" FOREIGN KEY ("code_consultations_id") REFERENCES "public"."code_consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_code_comments_fk" FOREIGN KEY ("code_comments_id") REFERENCES "public"."code_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("codes_id");
  CREATE INDEX "payload_locked_documents_rels_code_revisions_id_idx" ON "payload_locked_documents_rels" USING btree ("code_revisions_id");
  CREATE INDEX "payload_locked_documents_rels_code_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("code_consultations_id");
  CREATE INDEX "payload_locked_documents_rels_code_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("code_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "codes_chapters_articles_clauses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_chapters_articles_clauses_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_chapters_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_chapters_articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_chapters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_chapters_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_changelog" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_changelog_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "codes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_chapters_articles_clauses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_chapters_articles_clauses_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_chapters_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_chapters_articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_chapters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_chapters_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_changelog" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_version_changelog_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_codes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "code_revisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "code_consultations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "code_consultations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "code_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "code_comments_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "code_comments_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "codes_chapters_articles_clauses" CASCADE;
  DROP TABLE "codes_chapters_articles_clauses_locales" CASCADE;
  DROP TABLE "codes_chapters_articles" CASCADE;
  DROP TABLE "codes_chapters_articles_locales" CASCADE;
  DROP TABLE "codes_chapters" CASCADE;
  DROP TABLE "codes_chapters_locales" CASCADE;
  DROP TABLE "codes_changelog" CASCADE;
  DROP TABLE "codes_changelog_locales" CASCADE;
  DROP TABLE "codes" CASCADE;
  DROP TABLE "codes_locales" CASCADE;
  DROP TABLE "codes_rels" CASCADE;
  DROP TABLE "_codes_v_version_chapters_articles_clauses" CASCADE;
  DROP TABLE "_codes_v_version_chapters_articles_clauses_locales" CASCADE;
  DROP TABLE "_codes_v_version_chapters_articles" CASCADE;
  DROP TABLE "_codes_v_version_chapters_articles_locales" CASCADE;
  DROP TABLE "_codes_v_version_chapters" CASCADE;
  DROP TABLE "_codes_v_version_chapters_locales" CASCADE;
  DROP TABLE "_codes_v_version_changelog" CASCADE;
  DROP TABLE "_codes_v_version_changelog_locales" CASCADE;
  DROP TABLE "_codes_v" CASCADE;
  DROP TABLE "_codes_v_locales" CASCADE;
  DROP TABLE "_codes_v_rels" CASCADE;
  DROP TABLE "code_revisions" CASCADE;
  DROP TABLE "code_consultations" CASCADE;
  DROP TABLE "code_consultations_locales" CASCADE;
  DROP TABLE "code_comments" CASCADE;
  DROP TABLE "code_comments_locales" CASCADE;
  DROP TABLE "code_comments_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conduct_codes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_code_revisions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_code_consultations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_code_comments_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('workflow', 'publish', 'role_change', 'login_lockout', 'agency_change', 'embargo_access', 'webhook_resend', 'mail_retry');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "payload_locked_documents_rels_codes_id_idx";
  DROP INDEX "payload_locked_documents_rels_code_revisions_id_idx";
  DROP INDEX "payload_locked_documents_rels_code_consultations_id_idx";
  DROP INDEX "payload_locked_documents_rels_code_comments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "codes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "code_revisions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "code_consultations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "code_comments_id";
  DROP TYPE "public"."enum_codes_code_status";
  DROP TYPE "public"."enum_codes_stage";
  DROP TYPE "public"."enum_codes_publishat_tz";
  DROP TYPE "public"."enum_codes_status";
  DROP TYPE "public"."enum__codes_v_version_code_status";
  DROP TYPE "public"."enum__codes_v_version_stage";
  DROP TYPE "public"."enum__codes_v_version_publishat_tz";
  DROP TYPE "public"."enum__codes_v_version_status";
  DROP TYPE "public"."enum__codes_v_published_locale";
  DROP TYPE "public"."enum_code_revisions_status";
  DROP TYPE "public"."enum_code_consultations_opensat_tz";
  DROP TYPE "public"."enum_code_consultations_closesat_tz";
  DROP TYPE "public"."enum_code_comments_group";
  DROP TYPE "public"."enum_code_comments_status";
  DROP TYPE "public"."enum_code_comments_disposition";`)
}
