import { normalizeDraft, type ScheduleDraft } from './schedule-draft';

/** A `POST …/schedules` body in the schema's field names (never the docs example's `cron_schedule`/`is_enabled`). */
export interface ScheduleCreateBody {
  name: string;
  prompt: string;
  schedule_type: 'recurring' | 'one_time';
  frequency?: string;
  scheduled_at?: string;
  agent?: string;
  notify_on?: string;
  playbook_id?: string;
}

/**
 * The create body for a draft: only the timing field its type needs, no empty optionals. The
 * draft's tags are not here: create does not document them; `createSchedule` PATCHes them after.
 */
export function scheduleCreateBody(draft: ScheduleDraft): ScheduleCreateBody {
  const d = normalizeDraft(draft);
  const body: ScheduleCreateBody = { name: d.name, prompt: d.prompt, schedule_type: d.schedule_type };
  if (d.schedule_type === 'recurring') body.frequency = d.frequency;
  else body.scheduled_at = isoInstant(d.scheduled_at);
  if (d.agent !== '') body.agent = d.agent;
  if (d.notify_on !== '') body.notify_on = d.notify_on;
  if (d.playbook_id) body.playbook_id = d.playbook_id;
  return body;
}

/**
 * `scheduled_at` as the contract's date-time (RFC 3339, with a zone): a zone-less value (what a
 * datetime-local field gives) is read as local time and sent as the UTC instant it means.
 */
export function isoInstant(value: string): string {
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
