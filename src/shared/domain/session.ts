import { z } from 'zod';
import { flag, openEnum, orNull, stringList, unixSeconds } from './fields';
import type { CursorParams } from './page';
import { SESSION_STATUSES, SESSION_STATUS_DETAILS, TERMINAL_SESSION_STATUSES } from './session-status';
export * from './session-status';

export const SESSION_ORIGINS = [
  'webapp',
  'slack',
  'teams',
  'api',
  'linear',
  'jira',
  'automation',
  'cli',
  'desktop',
  'scheduled',
  'other',
] as const;

export const SESSION_CATEGORIES = [
  'bug_fixing',
  'ci_cd_and_devops',
  'code_quality_and_security',
  'code_review_and_analysis',
  'data_and_automation',
  'documentation_and_content',
  'feature_development',
  'migrations_and_upgrades',
  'other',
  'refactoring_and_optimization',
  'research_and_exploration',
  'unit_test_generation',
] as const;

/** `devin_mode` on create (contract enum; omitted = the org's default mode). */
export const DEVIN_MODES = ['normal', 'fast'] as const;
export type DevinMode = (typeof DEVIN_MODES)[number];

const status = openEnum(SESSION_STATUSES);
const statusDetail = openEnum(SESSION_STATUS_DETAILS);
const origin = openEnum(SESSION_ORIGINS);
const category = openEnum(SESSION_CATEGORIES);

export type SessionStatus = z.output<typeof status>;
export type SessionStatusDetail = z.output<typeof statusDetail>;
export type SessionOrigin = z.output<typeof origin>;
export type SessionCategory = z.output<typeof category>;

/** A pull request Devin opened. `pr_state` is free text (open, merged, closed …) or null. */
export const pullRequestSchema = z.object({
  pr_url: z.string(),
  pr_state: orNull(z.string()),
});
export type PullRequest = z.output<typeof pullRequestSchema>;

const sessionFields = {
  session_id: z.string(),
  url: z.string(),
  status,
  tags: stringList,
  org_id: orNull(z.string()),
  created_at: unixSeconds,
  updated_at: unixSeconds,
  acus_consumed: orNull(z.number()).transform((v) => v ?? 0),
  pull_requests: z
    .array(pullRequestSchema)
    .nullish()
    .transform((v) => v ?? []),
  title: orNull(z.string()),
  user_id: orNull(z.string()),
  service_user_id: orNull(z.string()),
  playbook_id: orNull(z.string()),
  parent_session_id: orNull(z.string()),
  child_session_ids: stringList,
  is_archived: flag(false),
  origin: orNull(origin),
  /** Only populated by get/list. */
  status_detail: orNull(statusDetail),
  structured_output: orNull(z.record(z.string(), z.unknown())),
  category: orNull(category),
  subcategory: orNull(z.string()),
};

/** `SessionResponse` (get, list, message, terminate, archive). Unknown fields are dropped. */
export const sessionSchema = z.object(sessionFields);
export type Session = z.output<typeof sessionSchema>;

/**
 * What create returns. The schema promises a full `SessionResponse`, but the docs' example has
 * only `{session_id, url, status}`, so only those are required here.
 */
export const createdSessionSchema = z.object({
  ...sessionFields,
  created_at: orNull(unixSeconds),
  updated_at: orNull(unixSeconds),
});
export type CreatedSession = z.output<typeof createdSessionSchema>;

/** A session-only secret (`session_secrets`). */
export const sessionSecretSchema = z.object({
  key: z.string().min(1).max(256),
  value: z.string().max(65536),
  sensitive: z.boolean().optional(),
});

/** Body of `POST /v3/organizations/{org_id}/sessions` (only `prompt` is required). */
export const sessionCreateRequestSchema = z.object({
  prompt: z.string().min(1),
  title: z.string().optional(),
  tags: z.array(z.string()).optional(),
  repos: z.array(z.string()).optional(),
  playbook_id: z.string().optional(),
  /** Playbook for the child sessions this one starts. */
  child_playbook_id: z.string().optional(),
  /** null = all knowledge, [] = none, a list = only those (see id-choice.ts). */
  knowledge_ids: z.array(z.string()).nullable().optional(),
  /** null = all secrets, [] = none, a list = only those (see id-choice.ts). */
  secret_ids: z.array(z.string()).nullable().optional(),
  session_secrets: z.array(sessionSecretSchema).optional(),
  max_acu_limit: z.number().int().positive().optional(),
  attachment_urls: z.array(z.string().min(1).max(2083)).optional(),
  structured_output_schema: z.record(z.string(), z.unknown()).optional(),
  structured_output_required: z.boolean().optional(),
  create_as_user_id: z.string().optional(),
  devin_mode: z.enum(DEVIN_MODES).optional(),
  platform: z.string().optional(),
});
export type SessionCreateRequest = z.input<typeof sessionCreateRequestSchema>;

/** Body of `POST …/sessions/{id}/messages`. */
export const sessionMessageCreateRequestSchema = z.object({
  message: z.string().min(1),
  attachment_urls: z.array(z.string()).optional(),
  message_as_user_id: z.string().optional(),
});
export type SessionMessageCreateRequest = z.input<typeof sessionMessageCreateRequestSchema>;

/** Every filter of `GET /v3/organizations/{org_id}/sessions` (arrays are sent as repeated params). */
export interface SessionListFilters {
  session_ids?: string[];
  /** Unix seconds. */
  created_after?: number;
  created_before?: number;
  updated_after?: number;
  updated_before?: number;
  tags?: string[];
  playbook_id?: string;
  schedule_id?: string;
  origins?: string[];
  user_ids?: string[];
  service_user_ids?: string[];
  /** `owner/repo`. */
  repo_names?: string[];
  is_archived?: boolean;
  category?: string;
}
export type SessionListParams = SessionListFilters & CursorParams;

/** True when `status` is one the client knows. */
export function isKnownSessionStatus(s: string): s is (typeof SESSION_STATUSES)[number] {
  return (SESSION_STATUSES as readonly string[]).includes(s);
}

/** True when the session will do no more work on its own. */
export function isTerminalStatus(s: string): boolean {
  return (TERMINAL_SESSION_STATUSES as readonly string[]).includes(s);
}
