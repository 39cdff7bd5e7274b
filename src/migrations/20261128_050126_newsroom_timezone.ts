import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_embargountil_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_campaigns_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__campaigns_v_version_embargountil_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__campaigns_v_version_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_articles_embargountil_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_articles_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__articles_v_version_embargountil_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__articles_v_version_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_briefing_packs_embargountil_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum_briefing_packs_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__briefing_packs_v_version_embargountil_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  CREATE TYPE "public"."enum__briefing_packs_v_version_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh', 'UTC');
  ALTER TABLE "campaigns" ADD COLUMN "embargountil_tz" "enum_campaigns_embargountil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "campaigns" ADD COLUMN "publishat_tz" "enum_campaigns_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_embargountil_tz" "enum__campaigns_v_version_embargountil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_publishat_tz" "enum__campaigns_v_version_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "articles" ADD COLUMN "embargountil_tz" "enum_articles_embargountil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "articles" ADD COLUMN "publishat_tz" "enum_articles_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_articles_v" ADD COLUMN "version_embargountil_tz" "enum__articles_v_version_embargountil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_articles_v" ADD COLUMN "version_publishat_tz" "enum__articles_v_version_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "briefing_packs" ADD COLUMN "embargountil_tz" "enum_briefing_packs_embargountil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "briefing_packs" ADD COLUMN "publishat_tz" "enum_briefing_packs_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_briefing_packs_v" ADD COLUMN "version_embargountil_tz" "enum__briefing_packs_v_version_embargountil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_briefing_packs_v" ADD COLUMN "version_publishat_tz" "enum__briefing_packs_v_version_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "embargountil_tz";
  ALTER TABLE "campaigns" DROP COLUMN "publishat_tz";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_publishat_tz";
  ALTER TABLE "articles" DROP COLUMN "embargountil_tz";
  ALTER TABLE "articles" DROP COLUMN "publishat_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_publishat_tz";
  ALTER TABLE "briefing_packs" DROP COLUMN "embargountil_tz";
  ALTER TABLE "briefing_packs" DROP COLUMN "publishat_tz";
  ALTER TABLE "_briefing_packs_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_briefing_packs_v" DROP COLUMN "version_publishat_tz";
  DROP TYPE "public"."enum_campaigns_embargountil_tz";
  DROP TYPE "public"."enum_campaigns_publishat_tz";
  DROP TYPE "public"."enum__campaigns_v_version_embargountil_tz";
  DROP TYPE "public"."enum__campaigns_v_version_publishat_tz";
  DROP TYPE "public"."enum_articles_embargountil_tz";
  DROP TYPE "public"."enum_articles_publishat_tz";
  DROP TYPE "public"."enum__articles_v_version_embargountil_tz";
  DROP TYPE "public"."enum__articles_v_version_publishat_tz";
  DROP TYPE "public"."enum_briefing_packs_embargountil_tz";
  DROP TYPE "public"."enum_briefing_packs_publishat_tz";
  DROP TYPE "public"."enum__briefing_packs_v_version_embargountil_tz";
  DROP TYPE "public"."enum__briefing_packs_v_version_publishat_tz";`)
}
