import { z } from 'zod';
import { flag, openEnum, orNull, stringList } from './fields';
import { toMs } from './timestamps';

export const SCHEDULE_TYPES = ['recurring', 'one_time'] as const;
export const SCHEDULE_AGENTS = ['devin', 'data_analyst', 'advanced'] as const;
export const SCHEDULE_NOTIFY_ON = ['always', 'failure', 'never'] as const;

/** Schedules carry ISO date-time strings; a number (s or ms) is converted, defensively. */
const isoTimestamp = orNull(
  z.union([z.string(), z.number()]).transform((v) => {
    if (typeof v === 'string') return v;
    const ms = toMs(v);
    return ms === null ? String(v) : new Date(ms).toISOString();
  }),
);

/**
 * `ScheduleResponse`, normalised. The schema uses `frequency` (a UTC cron string) and `enabled`;
 * the docs' example uses `cron_schedule`, `timezone` and `is_enabled`. Both are read. The id comes
 * from `schedule_id` ?? `scheduled_session_id` ?? `id` (which one the server fills is unconfirmed).
 */
export const scheduleSchema = z
  .object({
    schedule_id: z.string().nullish(),
    scheduled_session_id: z.string().nullish(),
    id: z.string().nullish(),
    name: z.string(),
    prompt: orNull(z.string()).transform((v) => v ?? ''),
    agent: orNull(openEnum(SCHEDULE_AGENTS)),
    enabled: z.boolean().nullish(),
    is_enabled: z.boolean().nullish(),
    frequency: z.string().nullish(),
    cron_schedule: z.string().nullish(),
    timezone: orNull(z.string()),
    notify_on: orNull(openEnum(SCHEDULE_NOTIFY_ON)),
    org_id: orNull(z.string()),
    playbook: orNull(z.object({ playbook_id: z.string(), title: orNull(z.string()) })),
    playbook_id: z.string().nullish(),
    consecutive_failures: orNull(z.number()).transform((v) => v ?? 0),
    created_at: isoTimestamp,
    updated_at: isoTimestamp,
    created_by: orNull(z.string()),
    last_edited_by: orNull(z.string()),
    last_error_at: isoTimestamp,
    last_error_message: orNull(z.string()),
    last_executed_at: isoTimestamp,
    schedule_type: orNull(openEnum(SCHEDULE_TYPES)),
    scheduled_at: isoTimestamp,
    tags: stringList,
    platform: orNull(z.string()),
    bypass_approval: flag(false),
    interval_count: orNull(z.number()),
    target_devin_id: orNull(z.string()),
    slack_channel_id: orNull(z.string()),
    slack_team_id: orNull(z.string()),
  })
  .superRefine((s, ctx) => {
    if ((s.schedule_id ?? s.scheduled_session_id ?? s.id) == null) {
      ctx.addIssue({ code: 'custom', path: ['schedule_id'], message: 'missing schedule_id (or scheduled_session_id, id)' });
    }
  })
  .transform((s) => ({
    schedule_id: s.schedule_id ?? s.scheduled_session_id ?? s.id ?? '',
    name: s.name,
    prompt: s.prompt,
    agent: s.agent,
    enabled: s.enabled ?? s.is_enabled ?? true,
    frequency: s.frequency ?? s.cron_schedule ?? null,
    /** Only the docs' example shape has it; the schema's cron is UTC. */
    timezone: s.timezone,
    notify_on: s.notify_on,
    org_id: s.org_id,
    playbook: s.playbook ?? (s.playbook_id ? { playbook_id: s.playbook_id, title: null } : null),
    consecutive_failures: s.consecutive_failures,
    created_at: s.created_at,
    updated_at: s.updated_at,
    created_by: s.created_by,
    last_edited_by: s.last_edited_by,
    last_error_at: s.last_error_at,
    last_error_message: s.last_error_message,
    last_executed_at: s.last_executed_at,
    schedule_type: s.schedule_type,
    scheduled_at: s.scheduled_at,
    tags: s.tags,
    platform: s.platform,
    bypass_approval: s.bypass_approval,
    interval_count: s.interval_count,
    target_devin_id: s.target_devin_id,
    slack_channel_id: s.slack_channel_id,
    slack_team_id: s.slack_team_id,
  }));
export type Schedule = z.output<typeof scheduleSchema>;

/**
 * Body of `POST …/schedules`: the fields the contract documents for create. `frequency` is
 * required for recurring, `scheduled_at` for one_time. Tags are not a documented create field
 * (only PATCH takes them), so a schedule gets its tags in a PATCH after creation.
 */
export const scheduleCreateRequestSchema = z.object({
  name: z.string().min(1),
  prompt: z.string().min(1),
  schedule_type: openEnum(SCHEDULE_TYPES).optional(),
  frequency: z.string().optional(),
  scheduled_at: z.string().optional(),
  agent: openEnum(SCHEDULE_AGENTS).optional(),
  notify_on: openEnum(SCHEDULE_NOTIFY_ON).optional(),
  playbook_id: z.string().optional(),
  create_as_user_id: z.string().optional(),
});
export type ScheduleCreateRequest = z.input<typeof scheduleCreateRequestSchema>;

/** Body of `PATCH …/schedules/{id}`: only the given fields change; `playbook_id: null` clears it. */
export const scheduleUpdateRequestSchema = z.object({
  name: z.string().min(1).optional(),
  prompt: z.string().min(1).optional(),
  agent: openEnum(SCHEDULE_AGENTS).optional(),
  enabled: z.boolean().optional(),
  frequency: z.string().optional(),
  schedule_type: openEnum(SCHEDULE_TYPES).optional(),
  notify_on: openEnum(SCHEDULE_NOTIFY_ON).optional(),
  playbook_id: z.string().nullable().optional(),
  scheduled_at: z.string().optional(),
  tags: z.array(z.string()).optional(),
  bypass_approval: z.boolean().optional(),
});
export type ScheduleUpdateRequest = z.input<typeof scheduleUpdateRequestSchema>;

/** Offset pagination (schedules only): English docs say limit default 50, max 100. */
export interface OffsetParams {
  limit?: number;
  offset?: number;
}
