import type { KnowledgeFolders, KnowledgeNote } from '../domain/knowledge';
import type { Playbook } from '../domain/playbook';
import type { Schedule } from '../domain/schedule';

/** One page of notes; `nextCursor` feeds "Load more". */
export interface NotePage {
  items: KnowledgeNote[];
  nextCursor: string | null;
  total: number | null;
}

/** Every playbook (the list is short; main follows the cursor to the end, bounded). */
export interface PlaybookList {
  items: Playbook[];
  /** True when main stopped at its page limit before the end. */
  truncated: boolean;
}

/** One page of schedules (offset pagination, the only list that uses it). */
export interface SchedulePage {
  items: Schedule[];
  offset: number;
  limit: number;
  total: number | null;
  /** Offset of the next page, or null on the last one. */
  nextOffset: number | null;
}

/** A session a schedule started, as the "Sessions from this schedule" list shows it. */
export interface ScheduleSessionView {
  session_id: string;
  title: string | null;
  status: string;
  status_detail: string | null;
  created_at: number;
  url: string;
}

export interface ScheduleSessionPage {
  items: ScheduleSessionView[];
  nextCursor: string | null;
}

export type { KnowledgeFolders, KnowledgeNote, Playbook, Schedule };
