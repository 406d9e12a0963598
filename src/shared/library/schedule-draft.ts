import { z } from 'zod';
import type { Schedule } from '../domain/schedule';
import { validateCron } from '../cron/validate-cron';

export const DRAFT_SCHEDULE_TYPES = ['recurring', 'one_time'] as const;
export const DRAFT_AGENTS = ['devin', 'data_analyst', 'advanced'] as const;
export const DRAFT_NOTIFY_ON = ['always', 'failure', 'never'] as const;

/**
 * The schedule editor's values. `frequency` is the UTC cron the API stores; `scheduled_at` an
 * ISO instant. Only the one matching `schedule_type` is sent. The IPC boundary checks the shape;
 * `draftProblems` checks the meaning.
 */
export const scheduleDraftSchema = z
  .object({
    name: z.string().max(500),
    prompt: z.string().max(100_000),
    schedule_type: z.enum(DRAFT_SCHEDULE_TYPES),
    frequency: z.string().max(200),
    scheduled_at: z.string().max(100),
    agent: z.string().max(100),
    notify_on: z.string().max(100),
    playbook_id: z.string().max(200).nullable(),
    tags: z.array(z.string().max(200)).max(50),
  })
  .strict();
export type ScheduleDraft = z.output<typeof scheduleDraftSchema>;

/** A new schedule's starting values (weekdays 09:00 UTC until the user picks). */
export const EMPTY_SCHEDULE_DRAFT: ScheduleDraft = {
  name: '',
  prompt: '',
  schedule_type: 'recurring',
  frequency: '0 9 * * 1-5',
  scheduled_at: '',
  agent: 'devin',
  notify_on: 'failure',
  playbook_id: null,
  tags: [],
};

/** The editor's values for an existing schedule. */
export function draftFromSchedule(s: Schedule): ScheduleDraft {
  return {
    name: s.name,
    prompt: s.prompt,
    schedule_type: s.schedule_type === 'one_time' ? 'one_time' : 'recurring',
    frequency: s.frequency ?? '',
    scheduled_at: s.scheduled_at ?? '',
    agent: s.agent ?? 'devin',
    notify_on: s.notify_on ?? 'always',
    playbook_id: s.playbook?.playbook_id ?? null,
    tags: [...s.tags],
  };
}

/** Trims, drops empty and duplicate tags, and single-spaces the cron, so equal meaning compares equal. */
export function normalizeDraft(d: ScheduleDraft): ScheduleDraft {
  const frequency = d.frequency.trim().split(/\s+/).join(' ');
  return {
    ...d,
    name: d.name.trim(),
    prompt: d.prompt.trim(),
    frequency,
    scheduled_at: d.scheduled_at.trim(),
    playbook_id: d.playbook_id === '' ? null : d.playbook_id,
    tags: [...new Set(d.tags.map((t) => t.trim()).filter((t) => t !== ''))],
  };
}

/** The form field a draft problem belongs to, and the i18n key that explains it. */
export interface DraftProblem {
  field: 'name' | 'prompt' | 'frequency' | 'scheduled_at';
  key: string;
  params?: Record<string, string | number>;
}

/**
 * What must be fixed before anything is sent: required fields, a valid cron for recurring
 * schedules, a future instant for one-time ones.
 */
export function draftProblems(draft: ScheduleDraft, now: Date): DraftProblem[] {
  const d = normalizeDraft(draft);
  const problems: DraftProblem[] = [];
  if (d.name === '') problems.push({ field: 'name', key: 'library.form.required' });
  if (d.prompt === '') problems.push({ field: 'prompt', key: 'library.form.required' });
  if (d.schedule_type === 'recurring') {
    const v = validateCron(d.frequency);
    if (!v.ok) problems.push({ field: 'frequency', key: v.issue.key, params: v.issue.params });
  } else {
    const at = Date.parse(d.scheduled_at);
    if (d.scheduled_at === '' || Number.isNaN(at)) problems.push({ field: 'scheduled_at', key: 'library.form.required' });
    else if (at <= now.getTime()) problems.push({ field: 'scheduled_at', key: 'schedules.form.pastDate' });
  }
  return problems;
}
