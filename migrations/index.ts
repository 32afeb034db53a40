import * as migration_20261122_181404_initial from './20261122_181404_initial';
import * as migration_20261122_182737_search_index from './20261122_182737_search_index';
import * as migration_20261122_182800_search_fulltext from './20261122_182800_search_fulltext';

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
];
