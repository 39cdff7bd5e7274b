import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Two indexes that keep the site's search as quick at 100,000 items as at 1,000
 * (src/search/searchSite.ts): one walks a language's items newest first, so a common word
 * stops after the ranking window; one finds title matches without rechecking every text
 * match's weights. The search index is written outside Payload's collections, so the
 * collections' schema does not change.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "site_search_recent_idx" ON "site_search" USING btree ("lang", "published_at" DESC NULLS LAST, "doc_id" DESC);
  CREATE INDEX IF NOT EXISTS "site_search_title_idx" ON "site_search" USING gin (to_tsvector('simple', "folded_title"));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "site_search_recent_idx";
  DROP INDEX IF EXISTS "site_search_title_idx";`)
}
