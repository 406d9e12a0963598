import { normalizeDraft, type ScheduleDraft } from './schedule-draft';

/**
 * A `PATCH …/schedules/{id}` body: only what changed. `playbook_id: null` clears the playbook,
 * `enabled` comes from the toggle, never from the editor.
 */
export interface SchedulePatch {
  name?: string;
  prompt?: string;
  frequency?: string;
  scheduled_at?: string;
  agent?: string;
  notify_on?: string;
  playbook_id?: string | null;
  tags?: string[];
  enabled?: boolean;
}

/**
 * The fields of `after` that differ from `before`, after normalising both (so re-spacing a cron
 * or trailing spaces change nothing). `frequency` is compared only for recurring schedules,
 * `scheduled_at` only for one-time ones; the type itself cannot change through PATCH.
 */
export function diffSchedulePatch(before: ScheduleDraft, after: ScheduleDraft): SchedulePatch {
  const a = normalizeDraft(before);
  const b = normalizeDraft(after);
  const patch: SchedulePatch = {};
  if (a.name !== b.name) patch.name = b.name;
  if (a.prompt !== b.prompt) patch.prompt = b.prompt;
  if (b.schedule_type === 'recurring' && a.frequency !== b.frequency) patch.frequency = b.frequency;
  if (b.schedule_type === 'one_time' && !sameInstant(a.scheduled_at, b.scheduled_at)) patch.scheduled_at = b.scheduled_at;
  if (a.agent !== b.agent) patch.agent = b.agent;
  if (a.notify_on !== b.notify_on) patch.notify_on = b.notify_on;
  if (a.playbook_id !== b.playbook_id) patch.playbook_id = b.playbook_id;
  if (a.tags.length !== b.tags.length || a.tags.some((t, i) => t !== b.tags[i])) patch.tags = b.tags;
  return patch;
}

/** True when the patch would change nothing (Save can stay disabled). */
export function isEmptyPatch(patch: SchedulePatch): boolean {
  return Object.keys(patch).length === 0;
}

/** "2025-03-10T09:00:00Z" and "2025-03-10T09:00:00.000Z" are the same moment. */
function sameInstant(x: string, y: string): boolean {
  if (x === y) return true;
  const tx = Date.parse(x);
  const ty = Date.parse(y);
  return !Number.isNaN(tx) && tx === ty;
}
