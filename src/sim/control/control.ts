import { guessContentType } from '../attachments/content-type';
import { parseFaultRule, type ActiveFault, type FaultRule } from '../faults';
import { BodyFields } from '../http/body-fields';
import { fieldError, notFound, ProblemError } from '../http/problem';
import { SIM_ORG } from '../keys';
import { applyStepFields } from '../lifecycle';
import type { SimState } from '../state';
import { attachmentRoutePath, attachmentSha256, attachmentSize } from '../store/attachments';
import type { NewSession } from '../store/sessions';
import { messageView, sessionView, type SessionView } from '../store/session-view';
import type { AttachmentContent, MessageSource, SessionRecord } from '../types';
import type {
  ControlAttachment, ControlAttachmentInput, ControlBulkInput, ControlFolderInput, ControlSessionInput,
  KnowledgeFolder, SimControlApi, SimSeed,
} from './types';
import { checkControlSessionFields, parsePullRequests, parseScript } from './validate';
import { addProductUsage, setRevokedPermissions, type ControlPermissionsInput, type ControlProductUsageInput } from './usage-control';

/** Seeds the state after a reset (injected to keep control and seed data apart). */
export type Seeder = (control: SimControl, state: SimState, seed: SimSeed) => void;

/** Largest seeded attachment the sim agrees to describe (bytes are generated, never stored). */
const MAX_SEEDED_SIZE = 64 * 1024 ** 3;
const MAX_BULK = 100_000;

/** The in-process control API (see SimControlApi); the HTTP control routes call it too. */
export class SimControl implements SimControlApi {
  constructor(
    private readonly state: SimState,
    private readonly seeder: Seeder,
  ) {}

  private session(id: string): SessionRecord {
    this.state.advance();
    const s = this.state.sessions.find(id);
    if (!s) throw notFound(`Session ${id}`);
    return s;
  }

  private view(s: SessionRecord): SessionView {
    return sessionView(s, this.state.appHost);
  }

  reset(input: { seed?: SimSeed } = {}): { ok: true } {
    const seed = input.seed ?? 'empty';
    if (seed !== 'empty' && seed !== 'demo') throw fieldError(['body', 'seed'], "seed must be 'empty' or 'demo'");
    this.state.clear();
    this.seeder(this, this.state, seed);
    return { ok: true };
  }

  /** The NewSession for a control input (validated), created at `createdMs`. */
  private toNewSession(input: ControlSessionInput, createdMs: number): NewSession {
    const raw = input as Record<string, unknown>;
    checkControlSessionFields(raw);
    const org_id = input.org_id ?? SIM_ORG.org_id;
    if (!this.state.orgs.has(org_id)) throw fieldError(['body', 'org_id'], `Unknown org ${org_id}`);
    const statusGiven = input.status !== undefined || input.status_detail !== undefined;
    const attributed = input.user_id !== undefined || input.service_user_id !== undefined;
    return {
      org_id,
      createdMs,
      session_id: input.session_id,
      title: input.title ?? null,
      tags: input.tags,
      status: input.status ?? 'running',
      status_detail: statusGiven ? (input.status_detail ?? null) : 'working',
      origin: input.origin === undefined ? 'api' : input.origin,
      updated_at: input.updated_at,
      script: input.script === undefined ? undefined : parseScript(input.script),
      pull_requests: input.pull_requests === undefined ? undefined : parsePullRequests(input.pull_requests),
      acus_consumed: input.acus_consumed,
      is_archived: input.is_archived,
      attachmentsShape: input.attachmentsShape,
      user_id: input.user_id ?? null,
      service_user_id: attributed ? (input.service_user_id ?? null) : 'service-user-sim',
      playbook_id: input.playbook_id,
      schedule_id: input.schedule_id,
      repos: input.repos,
      category: input.category,
      subcategory: input.subcategory,
      structured_output: input.structured_output,
      parent_session_id: input.parent_session_id,
      child_session_ids: input.child_session_ids,
      createRequest: input,
    };
  }

  createSession(input: ControlSessionInput = {}): SessionView {
    this.state.advance();
    const createdMs = input.created_at !== undefined ? input.created_at * 1000 : this.state.clock.nowMs();
    const newSession = this.toNewSession(input, createdMs);
    if (newSession.session_id !== undefined && this.state.sessions.find(newSession.session_id)) {
      throw new ProblemError(409, `Session ${newSession.session_id} already exists`);
    }
    const s = this.state.sessions.create(newSession);
    for (const m of input.messages ?? []) this.state.sessions.addMessage(s, m.source, m.message, createdMs);
    this.state.advance();
    return this.view(s);
  }

  createSessionsBulk(input: ControlBulkInput): { session_ids: string[] } {
    this.state.advance();
    const f = new BodyFields(input as unknown as Record<string, unknown>);
    const count = f.optNumber('count', true);
    if (count === undefined || count === null || count < 1 || count > MAX_BULK) f.fail('count', `count must be an integer 1..${MAX_BULK}`);
    const spacing = f.optNumber('spacingSeconds') ?? 0;
    f.check();
    const { count: _count, spacingSeconds: _spacing, ...template } = input;
    const baseMs = template.created_at !== undefined ? template.created_at * 1000 : this.state.clock.nowMs();
    const proto = this.toNewSession(template, baseMs);
    const inputs: NewSession[] = [];
    for (let i = 0; i < (count as number); i++) {
      const createdMs = baseMs - i * spacing * 1000;
      inputs.push({
        ...proto,
        createdMs,
        updated_at: undefined,
        title: `${template.title ?? 'Bulk session'} #${i + 1}`,
        createRequest: template,
      });
    }
    const created = this.state.sessions.createMany(inputs);
    this.state.advance();
    return { session_ids: created.map((s) => s.session_id) };
  }

  getSession(id: string): SessionView {
    return this.view(this.session(id));
  }

  setSessionStatus(id: string, input: { status: string; status_detail?: string | null }): SessionView {
    const s = this.session(id);
    const f = new BodyFields(input as unknown as Record<string, unknown>);
    const status = f.requiredString('status');
    const detail = f.optString('status_detail');
    f.check();
    applyStepFields(s, { atMs: 0, status, status_detail: detail ?? null });
    this.state.sessions.touch(s, this.state.clock.nowSec());
    return this.view(s);
  }

  addSessionMessage(id: string, input: { source: MessageSource; message: string }): ReturnType<typeof messageView> {
    const s = this.session(id);
    const f = new BodyFields(input as unknown as Record<string, unknown>);
    const source = f.optEnum('source', ['devin', 'user'] as const) ?? 'devin';
    const message = f.requiredString('message', false);
    f.check();
    return messageView(this.state.sessions.addMessage(s, source, message, this.state.clock.nowMs()));
  }

  addSessionAttachment(id: string, input: ControlAttachmentInput): ControlAttachment {
    const s = this.session(id);
    const f = new BodyFields(input as unknown as Record<string, unknown>);
    const name = f.requiredString('name');
    const contentType = f.optString('content_type');
    const source = f.optEnum('source', ['devin', 'user'] as const) ?? 'devin';
    f.optBool('redirect');
    const content = this.attachmentContent(f, input);
    f.check();
    const a = this.state.attachments.create({
      name,
      org_id: s.org_id,
      session_id: s.session_id,
      source,
      content_type: contentType ?? guessContentType(name),
      content: content as AttachmentContent,
    });
    s.attachmentIds.push(a.attachment_id);
    return {
      attachment_id: a.attachment_id,
      name: a.name,
      source: a.source,
      url: this.state.webAppUrl(a),
      download_url: this.state.url(attachmentRoutePath(a)),
      content_type: a.content_type,
      size: attachmentSize(a),
      sha256: attachmentSha256(a),
    };
  }

  private attachmentContent(f: BodyFields, input: ControlAttachmentInput): AttachmentContent | undefined {
    const given = [input.content_base64 !== undefined, input.text !== undefined, input.pattern !== undefined].filter(Boolean).length;
    if (given !== 1) {
      f.fail('content_base64', 'Give exactly one of content_base64, text, or size + pattern: "seeded"');
      return undefined;
    }
    if (input.text !== undefined) {
      if (typeof input.text !== 'string') return void f.fail('text', 'text must be a string');
      return { kind: 'bytes', data: Buffer.from(input.text, 'utf8') };
    }
    if (input.content_base64 !== undefined) {
      if (typeof input.content_base64 !== 'string') return void f.fail('content_base64', 'content_base64 must be a string');
      return { kind: 'bytes', data: Buffer.from(input.content_base64, 'base64') };
    }
    const size = f.optNumber('size', true);
    const seed = f.optNumber('seed', true) ?? 1;
    if (input.pattern !== 'seeded') return void f.fail('pattern', "pattern must be 'seeded'");
    if (typeof size !== 'number' || size < 0 || size > MAX_SEEDED_SIZE) return void f.fail('size', `size must be an integer 0..${MAX_SEEDED_SIZE}`);
    return { kind: 'seeded', size, seed };
  }

  /** The create body as received, with session secret values withheld (also served at /_sim/…/created-request). */
  getCreatedRequest(id: string): unknown {
    return this.session(id).createRequest;
  }

  /**
   * The session secrets a create request carried, values included: for in-process tests only
   * (deliberately not an HTTP control route, so no response ever holds a value).
   */
  sessionSecretsOf(id: string): Array<{ key: string; value: string; sensitive: boolean }> {
    return this.session(id).sessionSecrets.map((x) => ({ ...x }));
  }

  addFault(rule: FaultRule): ActiveFault {
    return this.state.faults.add(parseFaultRule(rule as unknown as Record<string, unknown>));
  }

  listFaults(): ActiveFault[] {
    return this.state.faults.list();
  }

  clearFaults(): { ok: true } {
    this.state.faults.clear();
    return { ok: true };
  }

  getRequests(): ReturnType<SimControlApi['getRequests']> {
    return this.state.log.list();
  }

  clearRequests(): { ok: true } {
    this.state.log.clear();
    return { ok: true };
  }

  getCounters(): ReturnType<SimControlApi['getCounters']> {
    return this.state.log.counts();
  }

  getSecondOriginRequests(): ReturnType<SimControlApi['getSecondOriginRequests']> {
    return this.state.secondOriginLog.map((r) => ({ ...r }));
  }

  clearSecondOriginRequests(): { ok: true } {
    this.state.secondOriginLog = [];
    return { ok: true };
  }

  getWebAppRequests(): ReturnType<SimControlApi['getWebAppRequests']> {
    return this.state.webAppLog.map((r) => ({ ...r }));
  }

  clearWebAppRequests(): { ok: true } {
    this.state.webAppLog = [];
    return { ok: true };
  }

  scheduleRunResult(id: string, input: { ok: boolean; error?: string }): Record<string, unknown> {
    const f = new BodyFields(input as unknown as Record<string, unknown>);
    const ok = f.optBool('ok');
    if (typeof ok !== 'boolean') f.fail('ok', 'ok (boolean) is required', 'missing');
    const error = f.optString('error');
    f.check();
    const s = this.state.schedules.recordRun(id, ok as boolean, error ?? null, this.state.clock.nowMs());
    return this.state.schedules.view(s, (pid) => this.state.playbooks.find(s.org_id, pid)?.title ?? null);
  }

  createKnowledgeFolder(input: ControlFolderInput): KnowledgeFolder {
    const f = new BodyFields(input as unknown as Record<string, unknown>);
    const name = f.requiredString('name');
    const parent = f.optString('parent_folder_id') ?? null;
    const org = f.optString('org_id') ?? SIM_ORG.org_id;
    f.check();
    if (!this.state.orgs.has(org)) throw fieldError(['body', 'org_id'], `Unknown org ${org}`);
    return { ...this.state.knowledge.createFolder(org, name, parent) };
  }

  advanceClock(ms: number): { now: number } {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw fieldError(['body', 'ms'], 'ms must be a non-negative number');
    this.state.clock.advance(ms);
    this.state.advance();
    return { now: this.state.clock.nowMs() };
  }

  getClock(): { now: number } {
    return { now: this.state.clock.nowMs() };
  }

  /** Takes permissions from every key (e.g. ManageBilling, for the usage screen's empty state). */
  revokePermissions(input: ControlPermissionsInput): { revoked: string[] } {
    return setRevokedPermissions(this.state, input);
  }

  /** Org-level ACUs of a product (Windsurf's `cascade`, `terminal`), outside any session. */
  addProductUsage(input: ControlProductUsageInput): { ok: true } {
    this.state.advance();
    return addProductUsage(this.state, input);
  }
}
