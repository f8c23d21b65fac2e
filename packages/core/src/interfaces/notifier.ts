import type { Job, Match } from '../schemas/index.js';

/** New matches worth telling a person about. */
export interface Notification {
  /** The resume or profile id the matches are for. */
  subjectId: string;
  matches: ReadonlyArray<{ job: Job; match: Match }>;
  createdAt: Date;
}

/** Delivers notifications (email, chat, webhook…). */
export interface Notifier {
  readonly name: string;
  notify(notification: Notification, options?: { signal?: AbortSignal | undefined }): Promise<void>;
}
