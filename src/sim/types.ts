/**
 * The sim's records. Public fields use the API's names and units (integer Unix seconds);
 * sim-only fields are camelCase.
 */

export const SESSION_STATUSES = ['new', 'claimed', 'running', 'exit', 'error', 'suspended', 'resuming'] as const;
export const SESSION_ORIGINS = [
  'webapp', 'slack', 'teams', 'api', 'linear', 'jira', 'automation', 'cli', 'desktop', 'other', 'scheduled',
] as const;
export const SESSION_CATEGORIES = [
  'bug_fixing', 'ci_cd_and_devops', 'code_quality_and_security', 'code_review_and_analysis', 'data_and_automation',
  'documentation_and_content', 'feature_development', 'migrations_and_upgrades', 'other',
  'refactoring_and_optimization', 'research_and_exploration', 'unit_test_generation',
] as const;

export interface PullRequest {
  pr_url: string;
  pr_state: string | null;
}

export type MessageSource = 'devin' | 'user';

/** One step of a scripted lifecycle; `atMs` is relative to the session's creation. */
export interface ScriptStep {
  atMs: number;
  status?: string;
  status_detail?: string | null;
  message?: { source: MessageSource; message: string };
  pullRequest?: PullRequest;
  acus?: number;
}

/** A step waiting to happen, at an absolute time. */
export interface PendingStep {
  dueMs: number;
  step: ScriptStep;
}

export interface MessageRecord {
  seq: number;
  event_id: string;
  source: MessageSource;
  message: string;
  created_at: number;
}

export interface SessionRecord {
  session_id: string;
  org_id: string;
  title: string | null;
  status: string;
  status_detail: string | null;
  tags: string[];
  created_at: number;
  updated_at: number;
  acus_consumed: number;
  pull_requests: PullRequest[];
  user_id: string | null;
  service_user_id: string | null;
  playbook_id: string | null;
  parent_session_id: string | null;
  child_session_ids: string[] | null;
  is_archived: boolean;
  origin: string | null;
  structured_output: Record<string, unknown> | null;
  category: string | null;
  subcategory: string | null;
  /** Sim-only. */
  createdMs: number;
  repos: string[];
  scheduleId: string | null;
  messages: MessageRecord[];
  attachmentIds: string[];
  pending: PendingStep[];
  /**
   * The JSON body the create call received (control-created sessions: the control input), with
   * each `session_secrets` value withheld: the sim never echoes a secret value.
   */
  createRequest: unknown;
  /** The session secrets as received (values included): in-process only, never in a response or log. */
  sessionSecrets: SessionSecretRecord[];
  /** 'array' = schema's bare array; 'items' = the Common Flows example's `{items: […]}`. */
  attachmentsShape: 'array' | 'items';
  /** Its script sets `acus`: the script, not the clock, says what it consumed (usage/advance.ts). */
  acusScripted?: boolean;
}

/** Where an attachment's bytes come from. */
export type AttachmentContent =
  | { kind: 'bytes'; data: Buffer }
  | { kind: 'seeded'; size: number; seed: number };

export interface AttachmentRecord {
  seq: number;
  attachment_id: string;
  name: string;
  org_id: string;
  session_id: string | null;
  source: MessageSource;
  content_type: string;
  content: AttachmentContent;
}

export interface KnowledgeFolderRecord {
  folder_id: string;
  org_id: string;
  name: string;
  parent_folder_id: string | null;
  path: string;
}

export interface NoteRecord {
  seq: number;
  note_id: string;
  org_id: string;
  name: string;
  body: string;
  trigger: string;
  is_enabled: boolean;
  folder_id: string | null;
  pinned_repo: string | null;
  macro: string | null;
  created_at: number;
  updated_at: number;
}

/** One `session_secrets` item of a create request. */
export interface SessionSecretRecord {
  key: string;
  value: string;
  sensitive: boolean;
}

/** An org secret (`secrets.*`); its value is kept, never served. */
export interface SecretRecord {
  seq: number;
  secret_id: string;
  org_id: string;
  key: string;
  value: string;
  note: string | null;
  secret_type: 'cookie' | 'key-value' | 'totp';
  is_sensitive: boolean;
  created_at: number;
  created_by: string;
}

export interface PlaybookRecord {
  seq: number;
  playbook_id: string;
  org_id: string;
  title: string;
  body: string;
  macro: string | null;
  created_at: number;
  updated_at: number;
  created_by: string;
  updated_by: string;
}

export interface ScheduleRecord {
  seq: number;
  schedule_id: string;
  org_id: string;
  name: string;
  prompt: string;
  agent: string;
  enabled: boolean;
  schedule_type: 'recurring' | 'one_time';
  frequency: string | null;
  scheduled_at: string | null;
  notify_on: string;
  playbook_id: string | null;
  create_as_user_id: string | null;
  bypass_approval: boolean | null;
  interval_count: number | null;
  platform: string | null;
  slack_channel_id: string | null;
  slack_team_id: string | null;
  tags: string[] | null;
  target_devin_id: string | null;
  consecutive_failures: number;
  /** Unix ms; rendered as ISO strings. */
  createdMs: number;
  updatedMs: number;
  created_by: string;
  last_edited_by: string | null;
  lastErrorMs: number | null;
  last_error_message: string | null;
  lastExecutedMs: number | null;
  deleted: boolean;
}

export interface OrgRecord {
  org_id: string;
  name: string;
  created_at: number;
  updated_at: number;
  max_session_acu_limit: number | null;
  max_cycle_acu_limit: number | null;
}
