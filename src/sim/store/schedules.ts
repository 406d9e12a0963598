import { notFound } from '../http/problem';
import { newId } from '../ids';
import type { ScheduleRecord } from '../types';

/** The editable fields of a schedule (what create sets and PATCH may change). */
export type ScheduleFields = Pick<
  ScheduleRecord,
  | 'name' | 'prompt' | 'agent' | 'enabled' | 'schedule_type' | 'frequency' | 'scheduled_at' | 'notify_on'
  | 'playbook_id' | 'create_as_user_id' | 'bypass_approval' | 'interval_count' | 'platform'
  | 'slack_channel_id' | 'slack_team_id' | 'tags' | 'target_devin_id'
>;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Schedules; DELETE is a soft delete (hidden from list/get afterwards). */
export class ScheduleStore {
  private schedules: ScheduleRecord[] = [];
  private seq = 0;

  clear(): void {
    this.schedules = [];
  }

  create(org_id: string, fields: ScheduleFields, actorId: string, nowMs: number): ScheduleRecord {
    const s: ScheduleRecord = {
      seq: ++this.seq,
      schedule_id: newId('sched'),
      org_id,
      ...fields,
      consecutive_failures: 0,
      createdMs: nowMs,
      updatedMs: nowMs,
      created_by: actorId,
      last_edited_by: null,
      lastErrorMs: null,
      last_error_message: null,
      lastExecutedMs: null,
      deleted: false,
    };
    this.schedules.push(s);
    return s;
  }

  /** A live schedule of `org_id` (any org when null), or 404. */
  get(org_id: string | null, id: string): ScheduleRecord {
    const s = this.schedules.find((x) => x.schedule_id === id && !x.deleted && (org_id === null || x.org_id === org_id));
    if (!s) throw notFound(`Schedule ${id}`);
    return s;
  }

  update(org_id: string, id: string, patch: Partial<ScheduleFields>, actorId: string, nowMs: number): ScheduleRecord {
    const s = this.get(org_id, id);
    Object.assign(s, patch, { last_edited_by: actorId, updatedMs: Math.max(s.updatedMs, nowMs) });
    return s;
  }

  softDelete(org_id: string, id: string, nowMs: number): ScheduleRecord {
    const s = this.get(org_id, id);
    s.deleted = true;
    s.enabled = false;
    s.updatedMs = Math.max(s.updatedMs, nowMs);
    return s;
  }

  /** Records one run's outcome (control API). */
  recordRun(id: string, ok: boolean, error: string | null, nowMs: number): ScheduleRecord {
    const s = this.get(null, id);
    s.lastExecutedMs = nowMs;
    if (ok) {
      s.consecutive_failures = 0;
    } else {
      s.consecutive_failures += 1;
      s.lastErrorMs = nowMs;
      s.last_error_message = error ?? 'Scheduled run failed';
    }
    // A one-time schedule is disabled once it has run.
    if (s.schedule_type === 'one_time') s.enabled = false;
    return s;
  }

  list(org_id: string): ScheduleRecord[] {
    return this.schedules.filter((s) => s.org_id === org_id && !s.deleted);
  }

  /** ScheduleResponse: the schedule's id is `scheduled_session_id` (there is no `schedule_id` field). */
  view(s: ScheduleRecord, playbookTitle: (id: string) => string | null): Record<string, unknown> {
    return {
      scheduled_session_id: s.schedule_id,
      name: s.name,
      prompt: s.prompt,
      agent: s.agent,
      enabled: s.enabled,
      schedule_type: s.schedule_type,
      frequency: s.frequency,
      scheduled_at: s.scheduled_at,
      notify_on: s.notify_on,
      org_id: s.org_id,
      playbook: s.playbook_id === null ? null : { playbook_id: s.playbook_id, title: playbookTitle(s.playbook_id) ?? '' },
      consecutive_failures: s.consecutive_failures,
      created_at: iso(s.createdMs),
      updated_at: iso(s.updatedMs),
      created_by: s.created_by,
      last_edited_by: s.last_edited_by,
      last_error_at: iso(s.lastErrorMs),
      last_error_message: s.last_error_message,
      last_executed_at: iso(s.lastExecutedMs),
      // Not nullable in the schema: bypass_approval defaults to false, interval_count to 1.
      bypass_approval: s.bypass_approval ?? false,
      interval_count: s.interval_count ?? 1,
      platform: s.platform,
      slack_channel_id: s.slack_channel_id,
      slack_team_id: s.slack_team_id,
      tags: s.tags,
      target_devin_id: s.target_devin_id,
    };
  }
}
