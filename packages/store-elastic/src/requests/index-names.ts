import { invalidSetting } from '@rolefit/core';

/** Names of every index and alias one store uses, all under one prefix. */
export interface IndexNames {
  /** Alias the store reads and writes jobs through; it points at one versioned index. */
  jobs: string;
  resumes: string;
  feedback: string;
  matches: string;
  embeddings: string;
}

/** The index and alias names for a prefix; the prefix must be a valid lowercase index name start. */
export function createIndexNames(prefix: string): IndexNames {
  // Elasticsearch index names are lowercase, cannot start with -, _ or +, and cannot contain these characters.
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(prefix) || prefix.length > 200) {
    throw invalidSetting(
      'ElasticStoreSettings',
      'indexPrefix',
      `must be lowercase letters, digits, '.', '_' or '-' and start with a letter or digit, got "${prefix}"`,
    );
  }
  return {
    jobs: `${prefix}-jobs`,
    resumes: `${prefix}-resumes`,
    feedback: `${prefix}-feedback`,
    matches: `${prefix}-matches`,
    embeddings: `${prefix}-embeddings`,
  };
}

/** Name of a concrete job index behind the alias: `<alias>-v<mappingVersion>-<timestamp>`. */
export function createVersionedJobIndexName(alias: string, mappingVersion: number, now: Date = new Date()): string {
  // Milliseconds keep two migrations in one second apart; lowercase digits only, as index names require.
  return `${alias}-v${mappingVersion}-${now.getTime()}`;
}
