import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_articles_kind" AS ENUM('news', 'explainer', 'tips', 'interview', 'statement');
  CREATE TYPE "public"."enum_articles_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_kind" AS ENUM('news', 'explainer', 'tips', 'interview', 'statement');
  CREATE TYPE "public"."enum__articles_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_briefing_packs_beats" AS ENUM('it', 'child-protection', 'education', 'law');
  CREATE TYPE "public"."enum_briefing_packs_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_briefing_packs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefing_packs_v_version_beats" AS ENUM('it', 'child-protection', 'education', 'law');
  CREATE TYPE "public"."enum__briefing_packs_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__briefing_packs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefing_packs_v_published_locale" AS ENUM('vi', 'en');
  CREATE TABLE "campaigns_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_key_messages_locales" (
  	"message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_calls_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "campaigns_calls_to_action_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phone" varchar
  );
  
  CREATE TABLE "campaigns_helplines_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"hero_image_id" integer,
  	"stage" "enum_campaigns_stage" DEFAULT 'draft',
  	"embargo_until" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"major_change" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"change_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer,
  	"topics_id" integer,
  	"programme_tasks_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_campaigns_v_version_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_key_messages_locales" (
  	"message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_calls_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_calls_to_action_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_helplines_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_hero_image_id" integer,
  	"version_stage" "enum__campaigns_v_version_stage" DEFAULT 'draft',
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_major_change" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__campaigns_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_change_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer,
  	"topics_id" integer,
  	"programme_tasks_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"campaign_id" integer,
  	"kind" "enum_articles_kind" DEFAULT 'news',
  	"urgency" numeric DEFAULT 5,
  	"stage" "enum_articles_stage" DEFAULT 'draft',
  	"embargo_until" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"major_change" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"headline" varchar,
  	"standfirst" varchar,
  	"body" jsonb,
  	"byline" varchar,
  	"change_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer,
  	"topics_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_kind" "enum__articles_v_version_kind" DEFAULT 'news',
  	"version_urgency" numeric DEFAULT 5,
  	"version_stage" "enum__articles_v_version_stage" DEFAULT 'draft',
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_major_change" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_headline" varchar,
  	"version_standfirst" varchar,
  	"version_body" jsonb,
  	"version_byline" varchar,
  	"version_change_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer,
  	"topics_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "briefing_packs_key_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"figure" varchar,
  	"source_url" varchar,
  	"as_of" timestamp(3) with time zone
  );
  
  CREATE TABLE "briefing_packs_key_facts_locales" (
  	"statement" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "briefing_packs_talking_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "briefing_packs_talking_points_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "briefing_packs_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "briefing_packs_qa_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "briefing_packs_spokespeople" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "briefing_packs_spokespeople_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "briefing_packs_beats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_briefing_packs_beats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "briefing_packs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"campaign_id" integer,
  	"stage" "enum_briefing_packs_stage" DEFAULT 'draft',
  	"embargo_until" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"major_change" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_briefing_packs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "briefing_packs_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"change_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "briefing_packs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_briefing_packs_v_version_key_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"figure" varchar,
  	"source_url" varchar,
  	"as_of" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_briefing_packs_v_version_key_facts_locales" (
  	"statement" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefing_packs_v_version_talking_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_briefing_packs_v_version_talking_points_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefing_packs_v_version_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_briefing_packs_v_version_qa_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefing_packs_v_version_spokespeople" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_briefing_packs_v_version_spokespeople_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefing_packs_v_version_beats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__briefing_packs_v_version_beats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_briefing_packs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_stage" "enum__briefing_packs_v_version_stage" DEFAULT 'draft',
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_major_change" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__briefing_packs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__briefing_packs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_briefing_packs_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_change_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefing_packs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar NOT NULL,
  	"depicts_child" boolean DEFAULT false,
  	"consent_recorded" boolean DEFAULT false,
  	"consent_reference" varchar,
  	"consent_expiry" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_feature_url" varchar,
  	"sizes_feature_width" numeric,
  	"sizes_feature_height" numeric,
  	"sizes_feature_mime_type" varchar,
  	"sizes_feature_filesize" numeric,
  	"sizes_feature_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"usage_terms" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "briefing_packs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "campaigns_key_messages" ADD CONSTRAINT "campaigns_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_key_messages_locales" ADD CONSTRAINT "campaigns_key_messages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_key_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_calls_to_action" ADD CONSTRAINT "campaigns_calls_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_calls_to_action_locales" ADD CONSTRAINT "campaigns_calls_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_calls_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_helplines" ADD CONSTRAINT "campaigns_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_helplines_locales" ADD CONSTRAINT "campaigns_helplines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_helplines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_key_messages" ADD CONSTRAINT "_campaigns_v_version_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_key_messages_locales" ADD CONSTRAINT "_campaigns_v_version_key_messages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_key_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_calls_to_action" ADD CONSTRAINT "_campaigns_v_version_calls_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_calls_to_action_locales" ADD CONSTRAINT "_campaigns_v_version_calls_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_calls_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_helplines" ADD CONSTRAINT "_campaigns_v_version_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_helplines_locales" ADD CONSTRAINT "_campaigns_v_version_helplines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_helplines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_key_facts" ADD CONSTRAINT "briefing_packs_key_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_key_facts_locales" ADD CONSTRAINT "briefing_packs_key_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs_key_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_talking_points" ADD CONSTRAINT "briefing_packs_talking_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_talking_points_locales" ADD CONSTRAINT "briefing_packs_talking_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs_talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_qa" ADD CONSTRAINT "briefing_packs_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_qa_locales" ADD CONSTRAINT "briefing_packs_qa_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs_qa"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_spokespeople" ADD CONSTRAINT "briefing_packs_spokespeople_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_spokespeople_locales" ADD CONSTRAINT "briefing_packs_spokespeople_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs_spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_beats" ADD CONSTRAINT "briefing_packs_beats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs" ADD CONSTRAINT "briefing_packs_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_packs_locales" ADD CONSTRAINT "briefing_packs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_rels" ADD CONSTRAINT "briefing_packs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_rels" ADD CONSTRAINT "briefing_packs_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs_rels" ADD CONSTRAINT "briefing_packs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_key_facts" ADD CONSTRAINT "_briefing_packs_v_version_key_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_key_facts_locales" ADD CONSTRAINT "_briefing_packs_v_version_key_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v_version_key_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_talking_points" ADD CONSTRAINT "_briefing_packs_v_version_talking_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_talking_points_locales" ADD CONSTRAINT "_briefing_packs_v_version_talking_points_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v_version_talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_qa" ADD CONSTRAINT "_briefing_packs_v_version_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_qa_locales" ADD CONSTRAINT "_briefing_packs_v_version_qa_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v_version_qa"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_spokespeople" ADD CONSTRAINT "_briefing_packs_v_version_spokespeople_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_spokespeople_locales" ADD CONSTRAINT "_briefing_packs_v_version_spokespeople_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v_version_spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_version_beats" ADD CONSTRAINT "_briefing_packs_v_version_beats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefing_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v" ADD CONSTRAINT "_briefing_packs_v_parent_id_briefing_packs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefing_packs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v" ADD CONSTRAINT "_briefing_packs_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_locales" ADD CONSTRAINT "_briefing_packs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_rels" ADD CONSTRAINT "_briefing_packs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefing_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_rels" ADD CONSTRAINT "_briefing_packs_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_rels" ADD CONSTRAINT "_briefing_packs_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_key_messages_order_idx" ON "campaigns_key_messages" USING btree ("_order");
  CREATE INDEX "campaigns_key_messages_parent_id_idx" ON "campaigns_key_messages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_key_messages_locales_locale_parent_id_unique" ON "campaigns_key_messages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_calls_to_action_order_idx" ON "campaigns_calls_to_action" USING btree ("_order");
  CREATE INDEX "campaigns_calls_to_action_parent_id_idx" ON "campaigns_calls_to_action" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_calls_to_action_locales_locale_parent_id_unique" ON "campaigns_calls_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_helplines_order_idx" ON "campaigns_helplines" USING btree ("_order");
  CREATE INDEX "campaigns_helplines_parent_id_idx" ON "campaigns_helplines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_helplines_locales_locale_parent_id_unique" ON "campaigns_helplines_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_hero_image_idx" ON "campaigns" USING btree ("hero_image_id");
  CREATE INDEX "campaigns_stage_idx" ON "campaigns" USING btree ("stage");
  CREATE INDEX "campaigns_embargo_until_idx" ON "campaigns" USING btree ("embargo_until");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_audiences_id_idx" ON "campaigns_rels" USING btree ("audiences_id");
  CREATE INDEX "campaigns_rels_topics_id_idx" ON "campaigns_rels" USING btree ("topics_id");
  CREATE INDEX "campaigns_rels_programme_tasks_id_idx" ON "campaigns_rels" USING btree ("programme_tasks_id");
  CREATE INDEX "campaigns_rels_users_id_idx" ON "campaigns_rels" USING btree ("users_id");
  CREATE INDEX "_campaigns_v_version_key_messages_order_idx" ON "_campaigns_v_version_key_messages" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_key_messages_parent_id_idx" ON "_campaigns_v_version_key_messages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_key_messages_locales_locale_parent_id_u" ON "_campaigns_v_version_key_messages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_version_calls_to_action_order_idx" ON "_campaigns_v_version_calls_to_action" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_calls_to_action_parent_id_idx" ON "_campaigns_v_version_calls_to_action" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_calls_to_action_locales_locale_parent_i" ON "_campaigns_v_version_calls_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_version_helplines_order_idx" ON "_campaigns_v_version_helplines" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_helplines_parent_id_idx" ON "_campaigns_v_version_helplines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_helplines_locales_locale_parent_id_uniq" ON "_campaigns_v_version_helplines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_version_hero_image_idx" ON "_campaigns_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_campaigns_v_version_version_stage_idx" ON "_campaigns_v" USING btree ("version_stage");
  CREATE INDEX "_campaigns_v_version_version_embargo_until_idx" ON "_campaigns_v" USING btree ("version_embargo_until");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_audiences_id_idx" ON "_campaigns_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_campaigns_v_rels_topics_id_idx" ON "_campaigns_v_rels" USING btree ("topics_id");
  CREATE INDEX "_campaigns_v_rels_programme_tasks_id_idx" ON "_campaigns_v_rels" USING btree ("programme_tasks_id");
  CREATE INDEX "_campaigns_v_rels_users_id_idx" ON "_campaigns_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_campaign_idx" ON "articles" USING btree ("campaign_id");
  CREATE INDEX "articles_stage_idx" ON "articles" USING btree ("stage");
  CREATE INDEX "articles_embargo_until_idx" ON "articles" USING btree ("embargo_until");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_audiences_id_idx" ON "articles_rels" USING btree ("audiences_id");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_campaign_idx" ON "_articles_v" USING btree ("version_campaign_id");
  CREATE INDEX "_articles_v_version_version_stage_idx" ON "_articles_v" USING btree ("version_stage");
  CREATE INDEX "_articles_v_version_version_embargo_until_idx" ON "_articles_v" USING btree ("version_embargo_until");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_audiences_id_idx" ON "_articles_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "briefing_packs_key_facts_order_idx" ON "briefing_packs_key_facts" USING btree ("_order");
  CREATE INDEX "briefing_packs_key_facts_parent_id_idx" ON "briefing_packs_key_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "briefing_packs_key_facts_locales_locale_parent_id_unique" ON "briefing_packs_key_facts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefing_packs_talking_points_order_idx" ON "briefing_packs_talking_points" USING btree ("_order");
  CREATE INDEX "briefing_packs_talking_points_parent_id_idx" ON "briefing_packs_talking_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "briefing_packs_talking_points_locales_locale_parent_id_uniqu" ON "briefing_packs_talking_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefing_packs_qa_order_idx" ON "briefing_packs_qa" USING btree ("_order");
  CREATE INDEX "briefing_packs_qa_parent_id_idx" ON "briefing_packs_qa" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "briefing_packs_qa_locales_locale_parent_id_unique" ON "briefing_packs_qa_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefing_packs_spokespeople_order_idx" ON "briefing_packs_spokespeople" USING btree ("_order");
  CREATE INDEX "briefing_packs_spokespeople_parent_id_idx" ON "briefing_packs_spokespeople" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "briefing_packs_spokespeople_locales_locale_parent_id_unique" ON "briefing_packs_spokespeople_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefing_packs_beats_order_idx" ON "briefing_packs_beats" USING btree ("order");
  CREATE INDEX "briefing_packs_beats_parent_idx" ON "briefing_packs_beats" USING btree ("parent_id");
  CREATE UNIQUE INDEX "briefing_packs_slug_idx" ON "briefing_packs" USING btree ("slug");
  CREATE INDEX "briefing_packs_campaign_idx" ON "briefing_packs" USING btree ("campaign_id");
  CREATE INDEX "briefing_packs_stage_idx" ON "briefing_packs" USING btree ("stage");
  CREATE INDEX "briefing_packs_embargo_until_idx" ON "briefing_packs" USING btree ("embargo_until");
  CREATE INDEX "briefing_packs_updated_at_idx" ON "briefing_packs" USING btree ("updated_at");
  CREATE INDEX "briefing_packs_created_at_idx" ON "briefing_packs" USING btree ("created_at");
  CREATE INDEX "briefing_packs__status_idx" ON "briefing_packs" USING btree ("_status");
  CREATE UNIQUE INDEX "briefing_packs_locales_locale_parent_id_unique" ON "briefing_packs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefing_packs_rels_order_idx" ON "briefing_packs_rels" USING btree ("order");
  CREATE INDEX "briefing_packs_rels_parent_idx" ON "briefing_packs_rels" USING btree ("parent_id");
  CREATE INDEX "briefing_packs_rels_path_idx" ON "briefing_packs_rels" USING btree ("path");
  CREATE INDEX "briefing_packs_rels_media_id_idx" ON "briefing_packs_rels" USING btree ("media_id");
  CREATE INDEX "briefing_packs_rels_users_id_idx" ON "briefing_packs_rels" USING btree ("users_id");
  CREATE INDEX "_briefing_packs_v_version_key_facts_order_idx" ON "_briefing_packs_v_version_key_facts" USING btree ("_order");
  CREATE INDEX "_briefing_packs_v_version_key_facts_parent_id_idx" ON "_briefing_packs_v_version_key_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_briefing_packs_v_version_key_facts_locales_locale_parent_id" ON "_briefing_packs_v_version_key_facts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefing_packs_v_version_talking_points_order_idx" ON "_briefing_packs_v_version_talking_points" USING btree ("_order");
  CREATE INDEX "_briefing_packs_v_version_talking_points_parent_id_idx" ON "_briefing_packs_v_version_talking_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_briefing_packs_v_version_talking_points_locales_locale_pare" ON "_briefing_packs_v_version_talking_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefing_packs_v_version_qa_order_idx" ON "_briefing_packs_v_version_qa" USING btree ("_order");
  CREATE INDEX "_briefing_packs_v_version_qa_parent_id_idx" ON "_briefing_packs_v_version_qa" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_briefing_packs_v_version_qa_locales_locale_parent_id_unique" ON "_briefing_packs_v_version_qa_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefing_packs_v_version_spokespeople_order_idx" ON "_briefing_packs_v_version_spokespeople" USING btree ("_order");
  CREATE INDEX "_briefing_packs_v_version_spokespeople_parent_id_idx" ON "_briefing_packs_v_version_spokespeople" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_briefing_packs_v_version_spokespeople_locales_locale_parent" ON "_briefing_packs_v_version_spokespeople_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefing_packs_v_version_beats_order_idx" ON "_briefing_packs_v_version_beats" USING btree ("order");
  CREATE INDEX "_briefing_packs_v_version_beats_parent_idx" ON "_briefing_packs_v_version_beats" USING btree ("parent_id");
  CREATE INDEX "_briefing_packs_v_parent_idx" ON "_briefing_packs_v" USING btree ("parent_id");
  CREATE INDEX "_briefing_packs_v_version_version_slug_idx" ON "_briefing_packs_v" USING btree ("version_slug");
  CREATE INDEX "_briefing_packs_v_version_version_campaign_idx" ON "_briefing_packs_v" USING btree ("version_campaign_id");
  CREATE INDEX "_briefing_packs_v_version_version_stage_idx" ON "_briefing_packs_v" USING btree ("version_stage");
  CREATE INDEX "_briefing_packs_v_version_version_embargo_until_idx" ON "_briefing_packs_v" USING btree ("version_embargo_until");
  CREATE INDEX "_briefing_packs_v_version_version_updated_at_idx" ON "_briefing_packs_v" USING btree ("version_updated_at");
  CREATE INDEX "_briefing_packs_v_version_version_created_at_idx" ON "_briefing_packs_v" USING btree ("version_created_at");
  CREATE INDEX "_briefing_packs_v_version_version__status_idx" ON "_briefing_packs_v" USING btree ("version__status");
  CREATE INDEX "_briefing_packs_v_created_at_idx" ON "_briefing_packs_v" USING btree ("created_at");
  CREATE INDEX "_briefing_packs_v_updated_at_idx" ON "_briefing_packs_v" USING btree ("updated_at");
  CREATE INDEX "_briefing_packs_v_snapshot_idx" ON "_briefing_packs_v" USING btree ("snapshot");
  CREATE INDEX "_briefing_packs_v_published_locale_idx" ON "_briefing_packs_v" USING btree ("published_locale");
  CREATE INDEX "_briefing_packs_v_latest_idx" ON "_briefing_packs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_briefing_packs_v_locales_locale_parent_id_unique" ON "_briefing_packs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefing_packs_v_rels_order_idx" ON "_briefing_packs_v_rels" USING btree ("order");
  CREATE INDEX "_briefing_packs_v_rels_parent_idx" ON "_briefing_packs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_briefing_packs_v_rels_path_idx" ON "_briefing_packs_v_rels" USING btree ("path");
  CREATE INDEX "_briefing_packs_v_rels_media_id_idx" ON "_briefing_packs_v_rels" USING btree ("media_id");
  CREATE INDEX "_briefing_packs_v_rels_users_id_idx" ON "_briefing_packs_v_rels" USING btree ("users_id");
  CREATE INDEX "media_depicts_child_idx" ON "media" USING btree ("depicts_child");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_feature_sizes_feature_filename_idx" ON "media" USING btree ("sizes_feature_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_briefing_packs_fk" FOREIGN KEY ("briefing_packs_id") REFERENCES "public"."briefing_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_briefing_packs_id_idx" ON "payload_locked_documents_rels" USING btree ("briefing_packs_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_key_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_key_messages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_calls_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_calls_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_helplines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_key_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_key_messages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_calls_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_calls_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_helplines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_key_facts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_key_facts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_talking_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_talking_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_qa" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_qa_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_spokespeople" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_spokespeople_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_beats" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "briefing_packs_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_key_facts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_key_facts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_talking_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_talking_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_qa" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_qa_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_spokespeople" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_spokespeople_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_version_beats" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_briefing_packs_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "campaigns_key_messages" CASCADE;
  DROP TABLE "campaigns_key_messages_locales" CASCADE;
  DROP TABLE "campaigns_calls_to_action" CASCADE;
  DROP TABLE "campaigns_calls_to_action_locales" CASCADE;
  DROP TABLE "campaigns_helplines" CASCADE;
  DROP TABLE "campaigns_helplines_locales" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_version_key_messages" CASCADE;
  DROP TABLE "_campaigns_v_version_key_messages_locales" CASCADE;
  DROP TABLE "_campaigns_v_version_calls_to_action" CASCADE;
  DROP TABLE "_campaigns_v_version_calls_to_action_locales" CASCADE;
  DROP TABLE "_campaigns_v_version_helplines" CASCADE;
  DROP TABLE "_campaigns_v_version_helplines_locales" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "briefing_packs_key_facts" CASCADE;
  DROP TABLE "briefing_packs_key_facts_locales" CASCADE;
  DROP TABLE "briefing_packs_talking_points" CASCADE;
  DROP TABLE "briefing_packs_talking_points_locales" CASCADE;
  DROP TABLE "briefing_packs_qa" CASCADE;
  DROP TABLE "briefing_packs_qa_locales" CASCADE;
  DROP TABLE "briefing_packs_spokespeople" CASCADE;
  DROP TABLE "briefing_packs_spokespeople_locales" CASCADE;
  DROP TABLE "briefing_packs_beats" CASCADE;
  DROP TABLE "briefing_packs" CASCADE;
  DROP TABLE "briefing_packs_locales" CASCADE;
  DROP TABLE "briefing_packs_rels" CASCADE;
  DROP TABLE "_briefing_packs_v_version_key_facts" CASCADE;
  DROP TABLE "_briefing_packs_v_version_key_facts_locales" CASCADE;
  DROP TABLE "_briefing_packs_v_version_talking_points" CASCADE;
  DROP TABLE "_briefing_packs_v_version_talking_points_locales" CASCADE;
  DROP TABLE "_briefing_packs_v_version_qa" CASCADE;
  DROP TABLE "_briefing_packs_v_version_qa_locales" CASCADE;
  DROP TABLE "_briefing_packs_v_version_spokespeople" CASCADE;
  DROP TABLE "_briefing_packs_v_version_spokespeople_locales" CASCADE;
  DROP TABLE "_briefing_packs_v_version_beats" CASCADE;
  DROP TABLE "_briefing_packs_v" CASCADE;
  DROP TABLE "_briefing_packs_v_locales" CASCADE;
  DROP TABLE "_briefing_packs_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_briefing_packs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_briefing_packs_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "briefing_packs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  DROP TYPE "public"."enum_campaigns_stage";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_stage";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum__campaigns_v_published_locale";
  DROP TYPE "public"."enum_articles_kind";
  DROP TYPE "public"."enum_articles_stage";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_kind";
  DROP TYPE "public"."enum__articles_v_version_stage";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_briefing_packs_beats";
  DROP TYPE "public"."enum_briefing_packs_stage";
  DROP TYPE "public"."enum_briefing_packs_status";
  DROP TYPE "public"."enum__briefing_packs_v_version_beats";
  DROP TYPE "public"."enum__briefing_packs_v_version_stage";
  DROP TYPE "public"."enum__briefing_packs_v_version_status";
  DROP TYPE "public"."enum__briefing_packs_v_published_locale";`)
}
