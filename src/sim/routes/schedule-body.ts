import { cronProblem } from '../cron';
import { BodyFields } from '../http/body-fields';
import type { ScheduleFields } from '../store/schedules';
import type { ScheduleRecord } from '../types';

const AGENTS = ['devin', 'data_analyst', 'advanced'] as const;
const NOTIFY_ON = ['always', 'failure', 'never'] as const;
const TYPES = ['recurring', 'one_time'] as const;

/** A future ISO 8601 instant with an explicit zone, normalised to `toISOString()`; or a problem. */
export function parseFutureIso(value: string, nowMs: number): { iso: string } | { problem: string } {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    return { problem: 'scheduled_at must be an ISO 8601 date-time with a time zone' };
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return { problem: 'scheduled_at is not a valid date-time' };
  if (ms <= nowMs) return { problem: 'scheduled_at must be in the future' };
  return { iso: new Date(ms).toISOString() };
}

/**
 * Fields the contract documents for PATCH but not for create (ScheduleCreateRequest lists them as
 * unconfirmed). The stricter reading: create ignores them, as the API would ignore unknown fields.
 */
const PATCH_ONLY = ['bypass_approval', 'interval_count', 'platform', 'slack_channel_id', 'slack_team_id', 'tags', 'target_devin_id'] as const;

/**
 * Reads the optional fields of create and PATCH: only the fields present in the body end up in
 * the result (so PATCH changes exactly those; `playbook_id: null` clears).
 */
function readOptional(f: BodyFields, nowMs: number, kind: 'create' | 'patch'): Partial<ScheduleFields> {
  const out: Partial<ScheduleFields> = {};
  const set = <K extends keyof ScheduleFields>(k: K, v: ScheduleFields[K] | undefined): void => {
    if (f.has(k) && v !== undefined) out[k] = v;
  };
  set('agent', f.optEnum('agent', AGENTS) ?? undefined);
  set('notify_on', f.optEnum('notify_on', NOTIFY_ON) ?? undefined);
  set('schedule_type', f.optEnum('schedule_type', TYPES) ?? undefined);
  set('enabled', f.optBool('enabled') ?? undefined);
  set('playbook_id', f.optString('playbook_id'));
  if (kind === 'create') set('create_as_user_id', f.optString('create_as_user_id'));
  set('bypass_approval', f.optBool('bypass_approval'));
  set('interval_count', f.optNumber('interval_count'));
  set('platform', f.optString('platform'));
  set('slack_channel_id', f.optString('slack_channel_id'));
  set('slack_team_id', f.optString('slack_team_id'));
  set('tags', f.optStringArray('tags'));
  set('target_devin_id', f.optString('target_devin_id'));
  const frequency = f.optString('frequency');
  if (typeof frequency === 'string') {
    const problem = cronProblem(frequency);
    if (problem) f.fail('frequency', problem);
  }
  set('frequency', frequency);
  const scheduledAt = f.optString('scheduled_at');
  if (typeof scheduledAt === 'string') {
    const r = parseFutureIso(scheduledAt, nowMs);
    if ('problem' in r) f.fail('scheduled_at', r.problem);
    else out.scheduled_at = r.iso;
  } else if (scheduledAt === null) {
    out.scheduled_at = null;
  }
  if (kind === 'create') for (const k of PATCH_ONLY) delete out[k];
  return out;
}

/** Recurring needs a frequency; one-time needs scheduled_at (checked on the merged result). */
function checkTypeRequirements(f: BodyFields, merged: Pick<ScheduleRecord, 'schedule_type' | 'frequency' | 'scheduled_at'>): void {
  if (merged.schedule_type === 'recurring' && !merged.frequency && !f.issues.some((i) => i.loc[1] === 'frequency')) {
    f.fail('frequency', 'frequency is required for recurring schedules', 'missing');
  }
  if (merged.schedule_type === 'one_time' && !merged.scheduled_at && !f.issues.some((i) => i.loc[1] === 'scheduled_at')) {
    f.fail('scheduled_at', 'scheduled_at is required for one_time schedules', 'missing');
  }
}

/** Validates a create body (422 listing every bad field). */
export function parseScheduleCreate(body: Record<string, unknown>, nowMs: number, playbookExists: (id: string) => boolean): ScheduleFields {
  const f = new BodyFields(body);
  const name = f.requiredString('name');
  const prompt = f.requiredString('prompt');
  const o = readOptional(f, nowMs, 'create');
  const fields: ScheduleFields = {
    name,
    prompt,
    agent: o.agent ?? 'devin',
    enabled: o.enabled ?? true,
    schedule_type: o.schedule_type ?? 'recurring',
    frequency: o.frequency ?? null,
    scheduled_at: o.scheduled_at ?? null,
    notify_on: o.notify_on ?? 'always',
    playbook_id: o.playbook_id ?? null,
    create_as_user_id: o.create_as_user_id ?? null,
    bypass_approval: o.bypass_approval ?? null,
    interval_count: o.interval_count ?? null,
    platform: o.platform ?? null,
    slack_channel_id: o.slack_channel_id ?? null,
    slack_team_id: o.slack_team_id ?? null,
    tags: o.tags ?? null,
    target_devin_id: o.target_devin_id ?? null,
  };
  if (fields.schedule_type === 'one_time') fields.frequency = null;
  checkTypeRequirements(f, fields);
  if (fields.playbook_id !== null && !playbookExists(fields.playbook_id)) f.fail('playbook_id', `Playbook ${fields.playbook_id} not found`);
  f.check();
  return fields;
}

/** Validates a PATCH body against the current schedule; returns only the fields to change. */
export function parseSchedulePatch(
  body: Record<string, unknown>,
  current: ScheduleRecord,
  nowMs: number,
  playbookExists: (id: string) => boolean,
): Partial<ScheduleFields> {
  const f = new BodyFields(body);
  const name = f.optString('name');
  const prompt = f.optString('prompt');
  if (name === null || name === '') f.fail('name', 'name cannot be empty');
  if (prompt === null || prompt === '') f.fail('prompt', 'prompt cannot be empty');
  const patch = readOptional(f, nowMs, 'patch');
  if (typeof name === 'string' && name !== '') patch.name = name;
  if (typeof prompt === 'string' && prompt !== '') patch.prompt = prompt;
  const merged = { ...current, ...patch };
  if (merged.schedule_type === 'one_time' && patch.schedule_type === 'one_time') patch.frequency = null;
  checkTypeRequirements(f, { ...merged, frequency: patch.frequency !== undefined ? patch.frequency : merged.frequency });
  if (typeof patch.playbook_id === 'string' && !playbookExists(patch.playbook_id)) f.fail('playbook_id', `Playbook ${patch.playbook_id} not found`);
  f.check();
  return patch;
}
