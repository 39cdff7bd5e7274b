import * as migration_20261128_030740_initial from './20261128_030740_initial';
import * as migration_20261128_042654_taxonomies_audit_log from './20261128_042654_taxonomies_audit_log';
import * as migration_20261128_043014_content_and_media from './20261128_043014_content_and_media';
import * as migration_20261128_043445_scheduled_publishing_jobs from './20261128_043445_scheduled_publishing_jobs';
import * as migration_20261128_050126_newsroom_timezone from './20261128_050126_newsroom_timezone';
import * as migration_20261128_104301_delivery_to_agencies from './20261128_104301_delivery_to_agencies';
import * as migration_20261128_120252_email_subscriptions from './20261128_120252_email_subscriptions';
import * as migration_20261129_102848_conduct_codes from './20261129_102848_conduct_codes';
import * as migration_20261129_105919_press_room from './20261129_105919_press_room';
import * as migration_20261202_185408_media_visibility from './20261202_185408_media_visibility';
import * as migration_20261203_101517_live_and_working_copy from './20261203_101517_live_and_working_copy';
import * as migration_20261203_120000_journalist_notices from './20261203_120000_journalist_notices';
import * as migration_20261207_095253_site_identity from './20261207_095253_site_identity';
import * as migration_20261207_100018_audit_actor_names from './20261207_100018_audit_actor_names';
import * as migration_20261207_102847_mailing_run_headlines from './20261207_102847_mailing_run_headlines';
import * as migration_20261207_113203_settings_audit from './20261207_113203_settings_audit';
import * as migration_20261207_153944_media_storage_columns from './20261207_153944_media_storage_columns';
import * as migration_20261207_161208_programme_living_tasks from './20261207_161208_programme_living_tasks';
import * as migration_20261207_161500_usage_daily_counts from './20261207_161500_usage_daily_counts';
import * as migration_20261207_163000_programme_reminders from './20261207_163000_programme_reminders';
import * as migration_20261207_164908_programme_report_reminders from './20261207_164908_programme_report_reminders';
import * as migration_20261207_165206_preview_links from './20261207_165206_preview_links';
import * as migration_20261207_174000_site_search_scale_indexes from './20261207_174000_site_search_scale_indexes';
import * as migration_20261207_214501_digest_run_titles from './20261207_214501_digest_run_titles';
import * as migration_20261207_225429_user_mail_language from './20261207_225429_user_mail_language';

export const migrations = [
  {
    up: migration_20261128_030740_initial.up,
    down: migration_20261128_030740_initial.down,
    name: '20261128_030740_initial',
  },
  {
    up: migration_20261128_042654_taxonomies_audit_log.up,
    down: migration_20261128_042654_taxonomies_audit_log.down,
    name: '20261128_042654_taxonomies_audit_log',
  },
  {
    up: migration_20261128_043014_content_and_media.up,
    down: migration_20261128_043014_content_and_media.down,
    name: '20261128_043014_content_and_media',
  },
  {
    up: migration_20261128_043445_scheduled_publishing_jobs.up,
    down: migration_20261128_043445_scheduled_publishing_jobs.down,
    name: '20261128_043445_scheduled_publishing_jobs',
  },
  {
    up: migration_20261128_050126_newsroom_timezone.up,
    down: migration_20261128_050126_newsroom_timezone.down,
    name: '20261128_050126_newsroom_timezone',
  },
  {
    up: migration_20261128_104301_delivery_to_agencies.up,
    down: migration_20261128_104301_delivery_to_agencies.down,
    name: '20261128_104301_delivery_to_agencies',
  },
  {
    up: migration_20261128_120252_email_subscriptions.up,
    down: migration_20261128_120252_email_subscriptions.down,
    name: '20261128_120252_email_subscriptions',
  },
  {
    up: migration_20261129_102848_conduct_codes.up,
    down: migration_20261129_102848_conduct_codes.down,
    name: '20261129_102848_conduct_codes',
  },
  {
    up: migration_20261129_105919_press_room.up,
    down: migration_20261129_105919_press_room.down,
    name: '20261129_105919_press_room',
  },
  {
    up: migration_20261202_185408_media_visibility.up,
    down: migration_20261202_185408_media_visibility.down,
    name: '20261202_185408_media_visibility',
  },
  {
    up: migration_20261203_101517_live_and_working_copy.up,
    down: migration_20261203_101517_live_and_working_copy.down,
    name: '20261203_101517_live_and_working_copy',
  },
  {
    up: migration_20261203_120000_journalist_notices.up,
    down: migration_20261203_120000_journalist_notices.down,
    name: '20261203_120000_journalist_notices',
  },
  {
    up: migration_20261207_095253_site_identity.up,
    down: migration_20261207_095253_site_identity.down,
    name: '20261207_095253_site_identity',
  },
  {
    up: migration_20261207_100018_audit_actor_names.up,
    down: migration_20261207_100018_audit_actor_names.down,
    name: '20261207_100018_audit_actor_names',
  },
  {
    up: migration_20261207_102847_mailing_run_headlines.up,
    down: migration_20261207_102847_mailing_run_headlines.down,
    name: '20261207_102847_mailing_run_headlines',
  },
  {
    up: migration_20261207_113203_settings_audit.up,
    down: migration_20261207_113203_settings_audit.down,
    name: '20261207_113203_settings_audit',
  },
  {
    up: migration_20261207_153944_media_storage_columns.up,
    down: migration_20261207_153944_media_storage_columns.down,
    name: '20261207_153944_media_storage_columns',
  },
  {
    up: migration_20261207_161208_programme_living_tasks.up,
    down: migration_20261207_161208_programme_living_tasks.down,
    name: '20261207_161208_programme_living_tasks',
  },
  {
    up: migration_20261207_161500_usage_daily_counts.up,
    down: migration_20261207_161500_usage_daily_counts.down,
    name: '20261207_161500_usage_daily_counts',
  },
  {
    up: migration_20261207_163000_programme_reminders.up,
    down: migration_20261207_163000_programme_reminders.down,
    name: '20261207_163000_programme_reminders',
  },
  {
    up: migration_20261207_164908_programme_report_reminders.up,
    down: migration_20261207_164908_programme_report_reminders.down,
    name: '20261207_164908_programme_report_reminders',
  },
  {
    up: migration_20261207_165206_preview_links.up,
    down: migration_20261207_165206_preview_links.down,
    name: '20261207_165206_preview_links',
  },
  {
    up: migration_20261207_174000_site_search_scale_indexes.up,
    down: migration_20261207_174000_site_search_scale_indexes.down,
    name: '20261207_174000_site_search_scale_indexes',
  },
  {
    up: migration_20261207_214501_digest_run_titles.up,
    down: migration_20261207_214501_digest_run_titles.down,
    name: '20261207_214501_digest_run_titles',
  },
  {
    up: migration_20261207_225429_user_mail_language.up,
    down: migration_20261207_225429_user_mail_language.down,
    name: '20261207_225429_user_mail_language'
  },
];
