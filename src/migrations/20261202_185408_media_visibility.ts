import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "visible_from" timestamp(3) with time zone;
  CREATE INDEX "media_visible_from_idx" ON "media" USING btree ("visible_from");`)
  // Which live item uses which file, outside Payload's collections: the media rule reads
  // its summary, media.visible_from, and publications keep both in their transaction.
  await db.execute(sql`
  CREATE TABLE "media_usage" (
  	"media_id" integer NOT NULL REFERENCES "media"("id") ON DELETE CASCADE,
  	"collection" varchar NOT NULL,
  	"item_id" integer NOT NULL,
  	"visible_from" timestamp(3) with time zone NOT NULL,
  	PRIMARY KEY ("media_id", "collection", "item_id")
  );
  CREATE INDEX "media_usage_item_idx" ON "media_usage" USING btree ("collection", "item_id");`)
  // Items published before this run of migrations get their files back in
  // 20261203_101517_live_and_working_copy, which reads them with the columns of today.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "media_usage";
   DROP INDEX "media_visible_from_idx";
  ALTER TABLE "media" DROP COLUMN "visible_from";`)
}
