import * as migration_20261122_181404_initial from './20261122_181404_initial';
import * as migration_20261122_182737_search_index from './20261122_182737_search_index';
import * as migration_20261122_182800_search_fulltext from './20261122_182800_search_fulltext';
import * as migration_20261122_185217_members_audience_signatures from './20261122_185217_members_audience_signatures';
import * as migration_20261122_185300_rate_limit_buckets from './20261122_185300_rate_limit_buckets';
import * as migration_20261122_190220_stories from './20261122_190220_stories';
import * as migration_20261122_205203_story_label from './20261122_205203_story_label';
import * as migration_20261122_210559_search_members_only from './20261122_210559_search_members_only';
import * as migration_20261201_202157_media_visibility from './20261201_202157_media_visibility';
import * as migration_20261206_201119_upload_storage_fields from './20261206_201119_upload_storage_fields';
import * as migration_20261206_224335_localization from './20261206_224335_localization';
import * as migration_20261206_225213_member_language from './20261206_225213_member_language';
import * as migration_20261206_225812_search_spanish from './20261206_225812_search_spanish';
import * as migration_20261207_013627_email_alerts from './20261207_013627_email_alerts';
import * as migration_20261207_054048_editorial_desk from './20261207_054048_editorial_desk';

export const migrations = [
  {
    up: migration_20261122_181404_initial.up,
    down: migration_20261122_181404_initial.down,
    name: '20261122_181404_initial',
  },
  {
    up: migration_20261122_182737_search_index.up,
    down: migration_20261122_182737_search_index.down,
    name: '20261122_182737_search_index',
  },
  {
    up: migration_20261122_182800_search_fulltext.up,
    down: migration_20261122_182800_search_fulltext.down,
    name: '20261122_182800_search_fulltext',
  },
  {
    up: migration_20261122_185217_members_audience_signatures.up,
    down: migration_20261122_185217_members_audience_signatures.down,
    name: '20261122_185217_members_audience_signatures',
  },
  {
    up: migration_20261122_185300_rate_limit_buckets.up,
    down: migration_20261122_185300_rate_limit_buckets.down,
    name: '20261122_185300_rate_limit_buckets',
  },
  {
    up: migration_20261122_190220_stories.up,
    down: migration_20261122_190220_stories.down,
    name: '20261122_190220_stories',
  },
  {
    up: migration_20261122_205203_story_label.up,
    down: migration_20261122_205203_story_label.down,
    name: '20261122_205203_story_label',
  },
  {
    up: migration_20261122_210559_search_members_only.up,
    down: migration_20261122_210559_search_members_only.down,
    name: '20261122_210559_search_members_only',
  },
  {
    up: migration_20261201_202157_media_visibility.up,
    down: migration_20261201_202157_media_visibility.down,
    name: '20261201_202157_media_visibility',
  },
  {
    up: migration_20261206_201119_upload_storage_fields.up,
    down: migration_20261206_201119_upload_storage_fields.down,
    name: '20261206_201119_upload_storage_fields',
  },
  {
    up: migration_20261206_224335_localization.up,
    down: migration_20261206_224335_localization.down,
    name: '20261206_224335_localization',
  },
  {
    up: migration_20261206_225213_member_language.up,
    down: migration_20261206_225213_member_language.down,
    name: '20261206_225213_member_language',
  },
  {
    up: migration_20261206_225812_search_spanish.up,
    down: migration_20261206_225812_search_spanish.down,
    name: '20261206_225812_search_spanish',
  },
  {
    up: migration_20261207_013627_email_alerts.up,
    down: migration_20261207_013627_email_alerts.down,
    name: '20261207_013627_email_alerts',
  },
  {
    up: migration_20261207_054048_editorial_desk.up,
    down: migration_20261207_054048_editorial_desk.down,
    name: '20261207_054048_editorial_desk'
  },
];
