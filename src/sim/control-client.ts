import type {
  ActiveFault, ControlAttachment, ControlAttachmentInput, ControlBulkInput, ControlFolderInput, ControlSessionInput,
  Counters, FaultRule, KnowledgeFolder, LoggedRequest, MessageView, SecondOriginRequest, SessionView, SimControlApi, SimSeed, WebAppRequest,
} from './control/types';
import type { MessageSource } from './types';

/** Every control operation, asynchronous. */
export type AsyncSimControl = {
  [K in keyof SimControlApi]: (...args: Parameters<SimControlApi[K]>) => Promise<ReturnType<SimControlApi[K]>>;
};

/** A control call that the sim refused (its problem+json body is in `body`). */
export class SimControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`devin-sim control call failed with ${status}: ${JSON.stringify(body)}`);
    this.name = 'SimControlError';
  }
}

/**
 * The control API over HTTP, for tests and benchmarks that talk to a separately started sim
 * (`npm run sim`). Same operations as `handle.control`.
 */
export class SimControlClient implements AsyncSimControl {
  private readonly base: string;

  constructor(baseUrl: string) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}/_sim${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed: unknown = text === '' ? null : JSON.parse(text);
    if (!res.ok) throw new SimControlError(res.status, parsed);
    return parsed as T;
  }

  private sessionPath(id: string, rest = ''): string {
    return `/sessions/${encodeURIComponent(id)}${rest}`;
  }

  reset(input: { seed?: SimSeed } = {}): Promise<{ ok: true }> {
    return this.call('POST', '/reset', input);
  }

  createSession(input: ControlSessionInput = {}): Promise<SessionView> {
    return this.call('POST', '/sessions', input);
  }

  createSessionsBulk(input: ControlBulkInput): Promise<{ session_ids: string[] }> {
    return this.call('POST', '/sessions/bulk', input);
  }

  getSession(id: string): Promise<SessionView> {
    return this.call('GET', this.sessionPath(id));
  }

  setSessionStatus(id: string, input: { status: string; status_detail?: string | null }): Promise<SessionView> {
    return this.call('POST', this.sessionPath(id, '/status'), input);
  }

  addSessionMessage(id: string, input: { source: MessageSource; message: string }): Promise<MessageView> {
    return this.call('POST', this.sessionPath(id, '/messages'), input);
  }

  addSessionAttachment(id: string, input: ControlAttachmentInput): Promise<ControlAttachment> {
    return this.call('POST', this.sessionPath(id, '/attachments'), input);
  }

  getCreatedRequest(id: string): Promise<unknown> {
    return this.call('GET', this.sessionPath(id, '/created-request'));
  }

  addFault(rule: FaultRule): Promise<ActiveFault> {
    return this.call('POST', '/faults', rule);
  }

  listFaults(): Promise<ActiveFault[]> {
    return this.call('GET', '/faults');
  }

  clearFaults(): Promise<{ ok: true }> {
    return this.call('DELETE', '/faults');
  }

  getRequests(): Promise<LoggedRequest[]> {
    return this.call('GET', '/requests');
  }

  clearRequests(): Promise<{ ok: true }> {
    return this.call('DELETE', '/requests');
  }

  getCounters(): Promise<Counters> {
    return this.call('GET', '/counters');
  }

  getSecondOriginRequests(): Promise<SecondOriginRequest[]> {
    return this.call('GET', '/second-origin/requests');
  }

  clearSecondOriginRequests(): Promise<{ ok: true }> {
    return this.call('DELETE', '/second-origin/requests');
  }

  getWebAppRequests(): Promise<WebAppRequest[]> {
    return this.call('GET', '/web-app/requests');
  }

  clearWebAppRequests(): Promise<{ ok: true }> {
    return this.call('DELETE', '/web-app/requests');
  }

  scheduleRunResult(id: string, input: { ok: boolean; error?: string }): Promise<Record<string, unknown>> {
    return this.call('POST', `/schedules/${encodeURIComponent(id)}/run-result`, input);
  }

  createKnowledgeFolder(input: ControlFolderInput): Promise<KnowledgeFolder> {
    return this.call('POST', '/knowledge/folders', input);
  }

  advanceClock(ms: number): Promise<{ now: number }> {
    return this.call('POST', '/clock', { advanceMs: ms });
  }

  getClock(): Promise<{ now: number }> {
    return this.call('GET', '/clock');
  }

  revokePermissions(input: { revoke: string[] }): Promise<{ revoked: string[] }> {
    return this.call('POST', '/permissions', input);
  }

  addProductUsage(input: { org_id?: string; product: string; acus: number; from: number; to?: number }): Promise<{ ok: true }> {
    return this.call('POST', '/usage/products', input);
  }
}
