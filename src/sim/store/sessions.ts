import { toSec } from '../clock';
import { notFound } from '../http/problem';
import { newId, newSessionId, normaliseSessionId, SESSION_PREFIX } from '../ids';
import { applyStepFields, insertPending, toPending } from '../lifecycle';
import { decodeCursor, encodeCursor, type Page } from '../pagination';
import type { MessageRecord, MessageSource, PendingStep, PullRequest, ScriptStep, SessionRecord, SessionSecretRecord } from '../types';
import { matchesSessionFilters, type SessionFilters } from './session-filters';
import { SessionIndex } from './session-index';

/** Everything needed to make a session; the caller has validated it. */
export interface NewSession {
  org_id: string;
  createdMs: number;
  session_id?: string;
  title?: string | null;
  tags?: string[];
  status?: string;
  status_detail?: string | null;
  origin?: string | null;
  updated_at?: number;
  script?: readonly ScriptStep[];
  pull_requests?: PullRequest[];
  acus_consumed?: number;
  is_archived?: boolean;
  attachmentsShape?: 'array' | 'items';
  user_id?: string | null;
  service_user_id?: string | null;
  playbook_id?: string | null;
  parent_session_id?: string | null;
  child_session_ids?: string[] | null;
  structured_output?: Record<string, unknown> | null;
  category?: string | null;
  subcategory?: string | null;
  repos?: string[];
  schedule_id?: string | null;
  createRequest?: unknown;
  sessionSecrets?: SessionSecretRecord[];
}

function isSessionCursor(v: unknown): v is [number, string] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'string';
}

/** Sessions and their messages, with the lazily applied lifecycle. */
export class SessionStore {
  private readonly byId = new Map<string, SessionRecord>();
  private readonly index = new SessionIndex();
  /** Sessions with steps still to apply, and the earliest time any of them is due. */
  private readonly scripted = new Set<SessionRecord>();
  private nextDueMs = Infinity;
  private messageSeq = 0;

  clear(): void {
    this.byId.clear();
    this.index.clear();
    this.scripted.clear();
    this.nextDueMs = Infinity;
  }

  count(): number {
    return this.byId.size;
  }

  /** Every session, in list order (the usage ledger walks them to accrue ACUs). */
  all(): readonly SessionRecord[] {
    return this.index.all();
  }

  /** When the next script step may be due (Infinity when none is pending). */
  nextStepDueMs(): number {
    return this.nextDueMs;
  }

  /** Creates one session (steps already due are applied on the next `advance`). */
  create(input: NewSession): SessionRecord {
    const s = this.build(input);
    this.byId.set(s.session_id, s);
    this.index.insert(s);
    this.track(s);
    return s;
  }

  /** Creates many sessions with a single index sort (10,000-session tests). */
  createMany(inputs: readonly NewSession[]): SessionRecord[] {
    const list = inputs.map((i) => this.build(i));
    for (const s of list) {
      this.byId.set(s.session_id, s);
      this.track(s);
    }
    this.index.insertMany(list);
    return list;
  }

  private build(input: NewSession): SessionRecord {
    const created_at = toSec(input.createdMs);
    const session_id = input.session_id ? normaliseSessionId(input.session_id) : newSessionId();
    return {
      session_id,
      org_id: input.org_id,
      title: input.title ?? null,
      status: input.status ?? 'new',
      status_detail: input.status_detail ?? null,
      tags: [...(input.tags ?? [])],
      created_at,
      updated_at: Math.max(created_at, input.updated_at ?? created_at),
      acus_consumed: input.acus_consumed ?? 0,
      pull_requests: (input.pull_requests ?? []).map((p) => ({ ...p })),
      user_id: input.user_id ?? null,
      service_user_id: input.service_user_id ?? null,
      playbook_id: input.playbook_id ?? null,
      parent_session_id: input.parent_session_id ?? null,
      child_session_ids: input.child_session_ids ?? null,
      is_archived: input.is_archived ?? false,
      origin: input.origin ?? null,
      structured_output: input.structured_output ?? null,
      category: input.category ?? null,
      subcategory: input.subcategory ?? null,
      createdMs: input.createdMs,
      repos: [...(input.repos ?? [])],
      scheduleId: input.schedule_id ?? null,
      messages: [],
      attachmentIds: [],
      pending: toPending(input.createdMs, input.script ?? []),
      createRequest: input.createRequest ?? null,
      sessionSecrets: (input.sessionSecrets ?? []).map((x) => ({ ...x })),
      attachmentsShape: input.attachmentsShape ?? 'array',
      acusScripted: (input.script ?? []).some((step) => step.acus !== undefined),
    };
  }

  private track(s: SessionRecord): void {
    const first = s.pending[0];
    if (!first) return;
    this.scripted.add(s);
    if (first.dueMs < this.nextDueMs) this.nextDueMs = first.dueMs;
  }

  /** A session by ID (with or without `devin-`), in any org. */
  find(id: string): SessionRecord | undefined {
    return this.byId.get(normaliseSessionId(id));
  }

  /**
   * A session of `orgId` by its API path id, or 404. The docs define `devin_id` as the session
   * ID prefixed with `devin-`: the stricter reading, a bare id is not found.
   */
  get(orgId: string, id: string): SessionRecord {
    const s = id.startsWith(SESSION_PREFIX) ? this.find(id) : undefined;
    if (!s || s.org_id !== orgId) throw notFound(`Session ${id}`);
    return s;
  }

  /** Sets `updated_at` (never backwards), keeping the list order. */
  touch(s: SessionRecord, atSec: number): void {
    this.index.reposition(s, Math.max(s.updated_at, atSec));
  }

  /** Appends a message at `atMs` and bumps `updated_at`. */
  addMessage(s: SessionRecord, source: MessageSource, message: string, atMs: number): MessageRecord {
    const m: MessageRecord = { seq: ++this.messageSeq, event_id: newId('event'), source, message, created_at: toSec(atMs) };
    s.messages.push(m);
    this.touch(s, m.created_at);
    return m;
  }

  /** Adds a step at an absolute time (e.g. running again after a message resumed the session). */
  schedule(s: SessionRecord, p: PendingStep): void {
    insertPending(s.pending, p);
    this.track(s);
  }

  /** Drops every step still to come (terminate, archive). */
  cancelPending(s: SessionRecord): void {
    s.pending = [];
    this.scripted.delete(s);
  }

  /**
   * Applies every step due at `nowMs`, in time order per session. Cheap when nothing is due.
   * `onStep` hears of each session a step changed (the usage ledger stamps its ACUs and PRs).
   */
  advance(nowMs: number, onStep?: (s: SessionRecord, atMs: number) => void): void {
    if (nowMs < this.nextDueMs) return;
    let next = Infinity;
    for (const s of this.scripted) {
      while (s.pending.length > 0 && (s.pending[0] as PendingStep).dueMs <= nowMs) {
        const { dueMs, step } = s.pending.shift() as PendingStep;
        this.applyStep(s, step, dueMs);
        onStep?.(s, dueMs);
      }
      const first = s.pending[0];
      if (first) next = Math.min(next, first.dueMs);
      else this.scripted.delete(s);
    }
    this.nextDueMs = next;
  }

  private applyStep(s: SessionRecord, step: ScriptStep, atMs: number): void {
    applyStepFields(s, step);
    if (step.message) this.addMessage(s, step.message.source, step.message.message, atMs);
    this.touch(s, toSec(atMs));
  }

  /** One page of an org's (or a set of orgs') sessions in list order (updated_at desc, session_id asc). */
  list(orgId: string | ReadonlySet<string>, filters: SessionFilters, first: number, after: string | undefined): Page<SessionRecord> {
    const all = this.index.all();
    let start = 0;
    if (after !== undefined) {
      const [updated_at, session_id] = decodeCursor(after, isSessionCursor);
      start = this.index.firstIndexAfter({ updated_at, session_id });
    }
    const inOrg = typeof orgId === 'string' ? (o: string) => o === orgId : (o: string) => orgId.has(o);
    const matches = (s: SessionRecord): boolean => inOrg(s.org_id) && matchesSessionFilters(s, filters);
    let total = 0;
    for (let i = 0; i < start; i++) if (matches(all[i] as SessionRecord)) total++;
    const items: SessionRecord[] = [];
    let hasNext = false;
    for (let i = start; i < all.length; i++) {
      const s = all[i] as SessionRecord;
      if (!matches(s)) continue;
      total++;
      if (items.length < first) items.push(s);
      else hasNext = true;
    }
    const last = items[items.length - 1];
    return {
      items,
      end_cursor: last && hasNext ? encodeCursor([last.updated_at, last.session_id]) : null,
      has_next_page: hasNext,
      total,
    };
  }
}
