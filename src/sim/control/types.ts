import type { ActiveFault, FaultRule } from '../faults';
import type { Counters, LoggedRequest } from '../request-log';
import type { WebAppRequest } from '../attachments/web-app';
import type { SecondOriginRequest } from '../state';
import type { MessageView, SessionView } from '../store/session-view';
import type { KnowledgeFolderRecord, MessageSource, PullRequest, ScriptStep } from '../types';

export type { ActiveFault, Counters, FaultRule, LoggedRequest, MessageView, SecondOriginRequest, SessionView, ScriptStep, WebAppRequest };

export type SimSeed = 'empty' | 'demo';

/**
 * A session made by the control API. Everything is optional. Defaults differ from the public
 * POST on purpose (tests usually want a session "already going"): org 'org-sim', status
 * running/working (when neither status nor status_detail is given), origin 'api',
 * service_user_id 'service-user-sim' (unless user_id or service_user_id is given), no script.
 * `created_at`/`updated_at` are Unix seconds; script `atMs` is relative to `created_at`.
 */
export interface ControlSessionInput {
  org_id?: string;
  session_id?: string;
  title?: string | null;
  prompt?: string;
  tags?: string[];
  status?: string;
  status_detail?: string | null;
  origin?: string | null;
  created_at?: number;
  updated_at?: number;
  script?: ScriptStep[];
  pull_requests?: PullRequest[];
  acus_consumed?: number;
  is_archived?: boolean;
  attachmentsShape?: 'array' | 'items';
  user_id?: string | null;
  service_user_id?: string | null;
  playbook_id?: string | null;
  schedule_id?: string | null;
  repos?: string[];
  category?: string | null;
  subcategory?: string | null;
  structured_output?: Record<string, unknown> | null;
  parent_session_id?: string | null;
  child_session_ids?: string[] | null;
  /** Messages already in the session, stamped `created_at`. */
  messages?: { source: MessageSource; message: string }[];
}

/** `count` sessions from one template; session i (0-based) is created `i * spacingSeconds` earlier, titled `"{title} #{i+1}"`. */
export interface ControlBulkInput extends Omit<ControlSessionInput, 'session_id' | 'messages'> {
  count: number;
  spacingSeconds?: number;
}

/** Bytes for a session attachment: exactly one of content_base64, text, or size + pattern 'seeded'. */
export interface ControlAttachmentInput {
  name: string;
  content_base64?: string;
  text?: string;
  size?: number;
  pattern?: 'seeded';
  /** PRNG seed for 'seeded' bytes (default 1). */
  seed?: number;
  content_type?: string;
  /** Default 'devin'. */
  source?: MessageSource;
  /** Accepted for old callers and ignored: every download now answers 307 to presigned storage. */
  redirect?: boolean;
}

/** An attachment as the API lists it, plus its size and SHA-256 (hex). */
export interface ControlAttachment {
  attachment_id: string;
  name: string;
  source: MessageSource;
  /** The web-app link, as the API lists it (a sign-in page to an API client). */
  url: string;
  /** The documented download route (`/v3/organizations/{org}/attachments/{uuid}/{name}`), absolute. */
  download_url: string;
  content_type: string;
  size: number;
  sha256: string;
}

export interface ControlFolderInput {
  org_id?: string;
  name: string;
  parent_folder_id?: string | null;
}

export type KnowledgeFolder = KnowledgeFolderRecord;

/**
 * The control operations, in process (`handle.control`) and over HTTP (`SimControlClient`,
 * under /_sim/). Control calls need no auth, are not logged and never hit faults.
 */
export interface SimControlApi {
  reset(input?: { seed?: SimSeed }): { ok: true };
  createSession(input?: ControlSessionInput): SessionView;
  createSessionsBulk(input: ControlBulkInput): { session_ids: string[] };
  getSession(id: string): SessionView;
  setSessionStatus(id: string, input: { status: string; status_detail?: string | null }): SessionView;
  addSessionMessage(id: string, input: { source: MessageSource; message: string }): MessageView;
  addSessionAttachment(id: string, input: ControlAttachmentInput): ControlAttachment;
  getCreatedRequest(id: string): unknown;
  addFault(rule: FaultRule): ActiveFault;
  listFaults(): ActiveFault[];
  clearFaults(): { ok: true };
  getRequests(): LoggedRequest[];
  /** Clears the request log and the counters. */
  clearRequests(): { ok: true };
  getCounters(): Counters;
  getSecondOriginRequests(): SecondOriginRequest[];
  clearSecondOriginRequests(): { ok: true };
  /** Requests the web-app origin got (attachment links fetched by mistake show up here). */
  getWebAppRequests(): WebAppRequest[];
  clearWebAppRequests(): { ok: true };
  scheduleRunResult(id: string, input: { ok: boolean; error?: string }): Record<string, unknown>;
  createKnowledgeFolder(input: ControlFolderInput): KnowledgeFolder;
  /** Moves the sim clock forward by `ms` (on top of the injected `now`). */
  advanceClock(ms: number): { now: number };
  getClock(): { now: number };
  /** `{revoke: [...]}` replaces the permissions every key lacks (`[]` gives them back). */
  revokePermissions(input: { revoke: string[] }): { revoked: string[] };
  /** Org-level ACUs of a product over `[from, to]` (Unix seconds). */
  addProductUsage(input: { org_id?: string; product: string; acus: number; from: number; to?: number }): { ok: true };
}
