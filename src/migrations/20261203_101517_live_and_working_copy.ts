import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { refreshMediaUsage } from '../content/mediaUsage/refreshMediaUsage'
import { CONTENT_COLLECTIONS } from '@/content/contentCollections'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__campaigns_v_version_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_articles_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__articles_v_version_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_briefing_packs_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__briefing_packs_v_version_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_codes_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__codes_v_version_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  ALTER TABLE "campaigns" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "unpublishat_tz" "enum_campaigns_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "campaigns" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_unpublishat_tz" "enum__campaigns_v_version_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_assignee_id" integer;
  ALTER TABLE "articles" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "unpublishat_tz" "enum_articles_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "articles" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "articles_rels" ADD COLUMN "programme_tasks_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_unpublishat_tz" "enum__articles_v_version_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_articles_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_assignee_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "programme_tasks_id" integer;
  ALTER TABLE "briefing_packs" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "briefing_packs" ADD COLUMN "unpublishat_tz" "enum_briefing_packs_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "briefing_packs" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "briefing_packs" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "briefing_packs" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "briefing_packs_rels" ADD COLUMN "programme_tasks_id" integer;
  ALTER TABLE "_briefing_packs_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_briefing_packs_v" ADD COLUMN "version_unpublishat_tz" "enum__briefing_packs_v_version_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_briefing_packs_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_briefing_packs_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_briefing_packs_v" ADD COLUMN "version_assignee_id" integer;
  ALTER TABLE "_briefing_packs_v_rels" ADD COLUMN "programme_tasks_id" integer;
  ALTER TABLE "codes" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "codes" ADD COLUMN "unpublishat_tz" "enum_codes_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "codes" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "codes" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "codes" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "codes_rels" ADD COLUMN "programme_tasks_id" integer;
  ALTER TABLE "_codes_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_codes_v" ADD COLUMN "version_unpublishat_tz" "enum__codes_v_version_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_codes_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_codes_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_codes_v" ADD COLUMN "version_assignee_id" integer;
  ALTER TABLE "_codes_v_rels" ADD COLUMN "programme_tasks_id" integer;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_packs" ADD CONSTRAINT "briefing_packs_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_packs_rels" ADD CONSTRAINT "briefing_packs_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v" ADD CONSTRAINT "_briefing_packs_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_packs_v_rels" ADD CONSTRAINT "_briefing_packs_v_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "codes" ADD CONSTRAINT "codes_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "codes_rels" ADD CONSTRAINT "codes_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_codes_v" ADD CONSTRAINT "_codes_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_codes_v_rels" ADD CONSTRAINT "_codes_v_rels_programme_tasks_fk" FOREIGN KEY ("programme_tasks_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_unpublish_at_idx" ON "campaigns" USING btree ("unpublish_at");
  CREATE INDEX "campaigns_assignee_idx" ON "campaigns" USING btree ("assignee_id");
  CREATE INDEX "_campaigns_v_version_version_unpublish_at_idx" ON "_campaigns_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_campaigns_v_version_version_assignee_idx" ON "_campaigns_v" USING btree ("version_assignee_id");
  CREATE INDEX "articles_unpublish_at_idx" ON "articles" USING btree ("unpublish_at");
  CREATE INDEX "articles_assignee_idx" ON "articles" USING btree ("assignee_id");
  CREATE INDEX "articles_rels_programme_tasks_id_idx" ON "articles_rels" USING btree ("programme_tasks_id");
  CREATE INDEX "_articles_v_version_version_unpublish_at_idx" ON "_articles_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_articles_v_version_version_assignee_idx" ON "_articles_v" USING btree ("version_assignee_id");
  CREATE INDEX "_articles_v_rels_programme_tasks_id_idx" ON "_articles_v_rels" USING btree ("programme_tasks_id");
  CREATE INDEX "briefing_packs_unpublish_at_idx" ON "briefing_packs" USING btree ("unpublish_at");
  CREATE INDEX "briefing_packs_assignee_idx" ON "briefing_packs" USING btree ("assignee_id");
  CREATE INDEX "briefing_packs_rels_programme_tasks_id_idx" ON "briefing_packs_rels" USING btree ("programme_tasks_id");
  CREATE INDEX "_briefing_packs_v_version_version_unpublish_at_idx" ON "_briefing_packs_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_briefing_packs_v_version_version_assignee_idx" ON "_briefing_packs_v" USING btree ("version_assignee_id");
  CREATE INDEX "_briefing_packs_v_rels_programme_tasks_id_idx" ON "_briefing_packs_v_rels" USING btree ("programme_tasks_id");
  CREATE INDEX "codes_unpublish_at_idx" ON "codes" USING btree ("unpublish_at");
  CREATE INDEX "codes_assignee_idx" ON "codes" USING btree ("assignee_id");
  CREATE INDEX "codes_rels_programme_tasks_id_idx" ON "codes_rels" USING btree ("programme_tasks_id");
  CREATE INDEX "_codes_v_version_version_unpublish_at_idx" ON "_codes_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_codes_v_version_version_assignee_idx" ON "_codes_v" USING btree ("version_assignee_id");
  CREATE INDEX "_codes_v_rels_programme_tasks_id_idx" ON "_codes_v_rels" USING btree ("programme_tasks_id");`)

  // Withdrawn items keep when and why: the 410 page, ninjs and the feeds give both.
  for (const table of ['campaigns', 'articles', 'briefing_packs', 'codes']) {
    await db.execute(
      sql.raw(`UPDATE "${table}" t SET withdrawn_at = t.updated_at,
        withdrawal_reason = (SELECT a.details->>'comment' FROM audit_log a
          WHERE a.target_id = t.id::text AND a.event = 'workflow' AND a.details->>'action' = 'withdraw'
          ORDER BY a.created_at DESC LIMIT 1)
        WHERE t.stage = 'withdrawn'`),
    )
  }
  // Outside Payload's collections, written only in the transactions that change them:
  // - every slug a published item had, so an old URL answers 301 to the current one;
  // - every confirmation link sent to a subscriber (each works until it expires or one is used);
  // - which items each digest mail carried, so a withdrawal notice reaches its readers too.
  await db.execute(sql`
  CREATE TABLE "content_slug_history" (
  	"collection" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"item_id" integer NOT NULL,
  	"retired_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  	PRIMARY KEY ("collection", "slug")
  );
  CREATE INDEX "content_slug_history_item_idx" ON "content_slug_history" USING btree ("collection", "item_id");
  CREATE TABLE "subscription_confirmations" (
  	"token_hash" varchar PRIMARY KEY,
  	"subscriber_id" integer NOT NULL REFERENCES "subscribers"("id") ON DELETE CASCADE,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"created_at" timestamp(3) with time zone NOT NULL DEFAULT now()
  );
  CREATE INDEX "subscription_confirmations_subscriber_idx" ON "subscription_confirmations" USING btree ("subscriber_id");
  CREATE TABLE "digest_run_items" (
  	"run_id" integer NOT NULL REFERENCES "digest_runs"("id") ON DELETE CASCADE,
  	"collection" varchar NOT NULL,
  	"item_id" integer NOT NULL,
  	PRIMARY KEY ("run_id", "collection", "item_id")
  );
  CREATE INDEX "digest_run_items_item_idx" ON "digest_run_items" USING btree ("collection", "item_id");`)
  // Items published before media followed use make their files public as before.
  // (Read here, in the newest migration, because refreshMediaUsage reads today's columns.)
  for (const collection of CONTENT_COLLECTIONS) {
    const { docs } = await payload.find({ collection, where: { _status: { equals: 'published' } }, depth: 0, pagination: false, overrideAccess: true, req })
    for (const doc of docs) await refreshMediaUsage(req, collection, Number(doc.id))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "content_slug_history";
   DROP TABLE "subscription_confirmations";
   DROP TABLE "digest_run_items";
   ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_assignee_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_assignee_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_assignee_id_users_id_fk";
  
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_programme_tasks_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_assignee_id_users_id_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_programme_tasks_fk";
  
  ALTER TABLE "briefing_packs" DROP CONSTRAINT "briefing_packs_assignee_id_users_id_fk";
  
  ALTER TABLE "briefing_packs_rels" DROP CONSTRAINT "briefing_packs_rels_programme_tasks_fk";
  
  ALTER TABLE "_briefing_packs_v" DROP CONSTRAINT "_briefing_packs_v_version_assignee_id_users_id_fk";
  
  ALTER TABLE "_briefing_packs_v_rels" DROP CONSTRAINT "_briefing_packs_v_rels_programme_tasks_fk";
  
  ALTER TABLE "codes" DROP CONSTRAINT "codes_assignee_id_users_id_fk";
  
  ALTER TABLE "codes_rels" DROP CONSTRAINT "codes_rels_programme_tasks_fk";
  
  ALTER TABLE "_codes_v" DROP CONSTRAINT "_codes_v_version_assignee_id_users_id_fk";
  
  ALTER TABLE "_codes_v_rels" DROP CONSTRAINT "_codes_v_rels_programme_tasks_fk";
  
  DROP INDEX "campaigns_unpublish_at_idx";
  DROP INDEX "campaigns_assignee_idx";
  DROP INDEX "_campaigns_v_version_version_unpublish_at_idx";
  DROP INDEX "_campaigns_v_version_version_assignee_idx";
  DROP INDEX "articles_unpublish_at_idx";
  DROP INDEX "articles_assignee_idx";
  DROP INDEX "articles_rels_programme_tasks_id_idx";
  DROP INDEX "_articles_v_version_version_unpublish_at_idx";
  DROP INDEX "_articles_v_version_version_assignee_idx";
  DROP INDEX "_articles_v_rels_programme_tasks_id_idx";
  DROP INDEX "briefing_packs_unpublish_at_idx";
  DROP INDEX "briefing_packs_assignee_idx";
  DROP INDEX "briefing_packs_rels_programme_tasks_id_idx";
  DROP INDEX "_briefing_packs_v_version_version_unpublish_at_idx";
  DROP INDEX "_briefing_packs_v_version_version_assignee_idx";
  DROP INDEX "_briefing_packs_v_rels_programme_tasks_id_idx";
  DROP INDEX "codes_unpublish_at_idx";
  DROP INDEX "codes_assignee_idx";
  DROP INDEX "codes_rels_programme_tasks_id_idx";
  DROP INDEX "_codes_v_version_version_unpublish_at_idx";
  DROP INDEX "_codes_v_version_version_assignee_idx";
  DROP INDEX "_codes_v_rels_programme_tasks_id_idx";
  ALTER TABLE "campaigns" DROP COLUMN "unpublish_at";
  ALTER TABLE "campaigns" DROP COLUMN "unpublishat_tz";
  ALTER TABLE "campaigns" DROP COLUMN "withdrawn_at";
  ALTER TABLE "campaigns" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "campaigns" DROP COLUMN "assignee_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_unpublishat_tz";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_assignee_id";
  ALTER TABLE "articles" DROP COLUMN "unpublish_at";
  ALTER TABLE "articles" DROP COLUMN "unpublishat_tz";
  ALTER TABLE "articles" DROP COLUMN "withdrawn_at";
  ALTER TABLE "articles" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "articles" DROP COLUMN "assignee_id";
  ALTER TABLE "articles_rels" DROP COLUMN "programme_tasks_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_unpublishat_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_assignee_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "programme_tasks_id";
  ALTER TABLE "briefing_packs" DROP COLUMN "unpublish_at";
  ALTER TABLE "briefing_packs" DROP COLUMN "unpublishat_tz";
  ALTER TABLE "briefing_packs" DROP COLUMN "withdrawn_at";
  ALTER TABLE "briefing_packs" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "briefing_packs" DROP COLUMN "assignee_id";
  ALTER TABLE "briefing_packs_rels" DROP COLUMN "programme_tasks_id";
  ALTER TABLE "_briefing_packs_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_briefing_packs_v" DROP COLUMN "version_unpublishat_tz";
  ALTER TABLE "_briefing_packs_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_briefing_packs_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_briefing_packs_v" DROP COLUMN "version_assignee_id";
  ALTER TABLE "_briefing_packs_v_rels" DROP COLUMN "programme_tasks_id";
  ALTER TABLE "codes" DROP COLUMN "unpublish_at";
  ALTER TABLE "codes" DROP COLUMN "unpublishat_tz";
  ALTER TABLE "codes" DROP COLUMN "withdrawn_at";
  ALTER TABLE "codes" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "codes" DROP COLUMN "assignee_id";
  ALTER TABLE "codes_rels" DROP COLUMN "programme_tasks_id";
  ALTER TABLE "_codes_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_codes_v" DROP COLUMN "version_unpublishat_tz";
  ALTER TABLE "_codes_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_codes_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_codes_v" DROP COLUMN "version_assignee_id";
  ALTER TABLE "_codes_v_rels" DROP COLUMN "programme_tasks_id";
  DROP TYPE "public"."enum_campaigns_unpublishat_tz";
  DROP TYPE "public"."enum__campaigns_v_version_unpublishat_tz";
  DROP TYPE "public"."enum_articles_unpublishat_tz";
  DROP TYPE "public"."enum__articles_v_version_unpublishat_tz";
  DROP TYPE "public"."enum_briefing_packs_unpublishat_tz";
  DROP TYPE "public"."enum__briefing_packs_v_version_unpublishat_tz";
  DROP TYPE "public"."enum_codes_unpublishat_tz";
  DROP TYPE "public"."enum__codes_v_version_unpublishat_tz";`)
}
