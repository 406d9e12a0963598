import { validateCron } from '../../shared/cron/validate-cron';
import type { Schedule, ScheduleCreateRequest, ScheduleUpdateRequest } from '../../shared/domain/schedule';
import type { Locale } from '../../shared/i18n';
import type { ScheduleSessionPage, SchedulePage } from '../../shared/library/pages';
import { isoInstant, scheduleCreateBody } from '../../shared/library/schedule-create';
import { draftProblems, normalizeDraft, type ScheduleDraft } from '../../shared/library/schedule-draft';
import type { SchedulePatch } from '../../shared/library/schedule-patch';
import type { DevinClient } from '../api/client';
import { clientValidationError, type ClientProblem } from './client-validation';

/** The API's default page (English docs: 50, max 100). */
export const SCHEDULE_PAGE_SIZE = 50;

export interface ScheduleServiceOptions {
  locale?: Locale;
  /** Clock for "scheduled_at must be in the future". */
  now?: () => Date;
}

export async function listSchedules(client: DevinClient, q: { offset?: number; limit?: number }): Promise<SchedulePage> {
  const offset = q.offset ?? 0;
  const limit = q.limit ?? SCHEDULE_PAGE_SIZE;
  const page = await client.schedules.list({ offset, limit });
  const reached = offset + page.items.length;
  // Offset pagination: trust has_next_page, else the total; an empty page always ends the list.
  const more = page.items.length > 0 && (page.has_next_page || (page.total !== null && reached < page.total));
  return { items: page.items, offset, limit, total: page.total, nextOffset: more ? reached : null };
}

export function getSchedule(client: DevinClient, scheduleId: string): Promise<Schedule> {
  return client.schedules.get(scheduleId);
}

/**
 * Creates a schedule from the editor's draft. Required fields, the cron and a future
 * `scheduled_at` are checked first: a bad draft never reaches the API.
 */
export async function createSchedule(client: DevinClient, draft: ScheduleDraft, opts: ScheduleServiceOptions = {}): Promise<Schedule> {
  const problems = draftProblems(draft, (opts.now ?? (() => new Date()))());
  if (problems.length > 0) throw clientValidationError(problems, opts.locale ?? 'en');
  const body: ScheduleCreateRequest = scheduleCreateBody(draft);
  const created = await client.schedules.create(body);
  // Tags are a documented PATCH field only: set them on the new schedule.
  const tags = normalizeDraft(draft).tags;
  return tags.length > 0 ? client.schedules.update(created.schedule_id, { tags }) : created;
}

/** PATCH with exactly the given fields; a changed cron is validated before sending. */
export async function updateSchedule(
  client: DevinClient,
  scheduleId: string,
  patch: SchedulePatch,
  opts: ScheduleServiceOptions = {},
): Promise<Schedule> {
  const problems = patchProblems(patch);
  if (problems.length > 0) throw clientValidationError(problems, opts.locale ?? 'en');
  const body: ScheduleUpdateRequest = { ...patch };
  if (patch.frequency !== undefined) body.frequency = patch.frequency.trim().split(/\s+/).join(' ');
  if (patch.scheduled_at !== undefined) body.scheduled_at = isoInstant(patch.scheduled_at);
  return client.schedules.update(scheduleId, body);
}

export function setScheduleEnabled(client: DevinClient, scheduleId: string, enabled: boolean): Promise<Schedule> {
  return client.schedules.update(scheduleId, { enabled });
}

/** Soft delete; returns the schedule as it was. */
export function deleteSchedule(client: DevinClient, scheduleId: string): Promise<Schedule> {
  return client.schedules.delete(scheduleId);
}

/** Sessions a schedule started (`schedule_id` filter), newest first as the API orders them. */
export async function listScheduleSessions(client: DevinClient, scheduleId: string, after?: string | null, first = 20): Promise<ScheduleSessionPage> {
  const page = await client.sessions.list({ schedule_id: scheduleId, first, ...(after ? { after } : {}) });
  return {
    items: page.items.map((s) => ({
      session_id: s.session_id,
      title: s.title,
      status: s.status,
      status_detail: s.status_detail,
      created_at: s.created_at,
      url: s.url,
    })),
    nextCursor: page.has_next_page ? page.end_cursor : null,
  };
}

function patchProblems(patch: SchedulePatch): ClientProblem[] {
  const problems: ClientProblem[] = [];
  if (patch.frequency !== undefined) {
    const v = validateCron(patch.frequency);
    if (!v.ok) problems.push({ field: 'frequency', key: v.issue.key, params: v.issue.params });
  }
  if (patch.name !== undefined && patch.name.trim() === '') problems.push({ field: 'name', key: 'library.form.required' });
  if (patch.prompt !== undefined && patch.prompt.trim() === '') problems.push({ field: 'prompt', key: 'library.form.required' });
  return problems;
}
