import { setTimeout as delay } from 'node:timers/promises';
import { organizationSchema, type Organization } from '../../shared/domain/organization';
import { pageSchema, type CursorParams, type Page } from '../../shared/domain/page';
import { selfSchema, type Self } from '../../shared/domain/self';
import { AppError } from '../../shared/errors';
import { uploadAttachment, type UploadAttachmentInput } from './attachments';
import { normalizeBaseUrl } from './base-url';
import { createContext, type CallOptions } from './context';
import { openDownload, type DownloadOptions } from './download';
import { attachmentDownloadUrl } from './download-route';
import { attachmentIsHtml } from '../attachments/download-answer';
import { knowledgeApi, type KnowledgeApi } from './knowledge';
import { collectCursorPages, DEFAULT_MAX_PAGES, type ListAllOptions, type ListAllResult } from './pagination';
import { playbooksApi, type PlaybooksApi } from './playbooks';
import type { RequestLog, RetryInfo } from './request-log';
import { DEFAULT_RETRY } from './retry-policy';
import { schedulesApi, type SchedulesApi } from './schedules';
import { secretsApi, type SecretsApi } from './secrets';
import { sessionsApi, type SessionsApi } from './sessions';
import { createTransport, type TransportConfig } from './transport';
import { enterpriseSessionsApi, type EnterpriseSessionsApi } from './enterprise-sessions';
import { usageApi, type UsageApi } from './usage';

export interface DevinClientOptions {
  /** API origin (plus optional path prefix), e.g. `https://api.devin.ai`; no `/v3`. https only, except loopback. */
  baseUrl: string;
  apiKey: string;
  /** Organization for org-scoped calls; org-scoped methods throw ORG_REQUIRED without it. */
  orgId?: string | null;
  fetch?: typeof fetch;
  /** Per request, including reading the body. Default 20 000. */
  timeoutMs?: number;
  retry?: { maxRetries?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** Injected for tests; must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Wall clock, for HTTP-date `Retry-After`. */
  now?: () => number;
  userAgent?: string;
  /** Called once per HTTP attempt; the key is redacted and headers are never included. */
  onRequest?: (log: RequestLog) => void;
  /** Called before each retry, e.g. to show "rate limited, retrying in N s". */
  onRetry?: (info: RetryInfo) => void;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/** The Devin v3 API client. Every method takes an optional `{signal}`; failures are ApiError / AppError. */
export interface DevinClient {
  readonly baseUrl: string;
  readonly orgId: string | null;
  /** A client for another org sharing every other setting. */
  withOrg(orgId: string | null): DevinClient;
  /**
   * The Authorization header value for `url`, or null when `url` is not on the API origin: lets the
   * download engine authenticate attachment URLs on the API host without ever holding the key itself.
   */
  authorizationFor(url: string): string | null;
  /** The same client with other retry settings (the session tracker retries on its own schedule). */
  withRetry(retry: NonNullable<DevinClientOptions['retry']>): DevinClient;
  /** `GET /v3/self`: who the key is. */
  self(opts?: CallOptions): Promise<Self>;
  /** `GET /v3/enterprise/organizations` (enterprise keys). */
  listOrganizations(params?: CursorParams, opts?: CallOptions): Promise<Page<Organization>>;
  listAllOrganizations(opts?: ListAllOptions & { first?: number }): Promise<ListAllResult<Organization>>;
  readonly sessions: SessionsApi;
  /** Sessions across every organization of an enterprise key (`/v3/enterprise/sessions…`); needs no org. */
  readonly enterprise: { readonly sessions: EnterpriseSessionsApi };
  /** Uploads a file to the org (multipart `file`); use the returned `url` in `attachment_urls`. */
  uploadAttachment(input: UploadAttachmentInput): ReturnType<typeof uploadAttachment>;
  /**
   * The attachment's download route, `{baseUrl}/v3/organizations/{org}/attachments/{uuid}/{name}`
   * (each part one encoded segment). Throws ORG_REQUIRED without an org, and
   * ATTACHMENT_NAME_UNROUTABLE for a name no URL can carry (`.`, `..`).
   */
  attachmentDownloadUrl(attachment: { attachment_id: string; name: string }): string;
  /**
   * Opens an attachment's bytes for streaming by the documented route (307 to presigned storage):
   * the key goes to the API route only. Never give it a list's `url`: that is a web-app link.
   */
  downloadAttachment(attachment: { attachment_id: string; name: string; content_type?: string | null }, opts?: Omit<DownloadOptions, 'name' | 'expectHtml'>): Promise<Response>;
  readonly knowledge: KnowledgeApi;
  readonly playbooks: PlaybooksApi;
  readonly schedules: SchedulesApi;
  /** The org's secrets (names only: the API never returns a value). */
  readonly secrets: SecretsApi;
  /** Daily consumption (org and per session) and usage metrics. */
  readonly usage: UsageApi;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, signal ? { signal } : {});
}

function checkKey(apiKey: string): void {
  // Never echo the key: the message says what is wrong, not what it was.
  // Header values must be visible ASCII; anything else would fail inside fetch with a vaguer error.
  const unusable = [...apiKey].some((ch) => ch.charCodeAt(0) < 0x21 || ch.charCodeAt(0) > 0x7e);
  if (apiKey === '' || unusable) {
    throw new AppError('KEY_FORMAT', 'The API key is empty or contains spaces, control or non-ASCII characters');
  }
}

/** Creates a client. Throws AppError INVALID_INPUT for an unusable base URL, KEY_FORMAT for an unusable key. */
export function createDevinClient(opts: DevinClientOptions): DevinClient {
  checkKey(opts.apiKey);
  const config: TransportConfig = {
    baseUrl: normalizeBaseUrl(opts.baseUrl),
    apiKey: opts.apiKey,
    fetch: opts.fetch ?? globalThis.fetch,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: {
      maxRetries: opts.retry?.maxRetries ?? DEFAULT_RETRY.maxRetries,
      baseDelayMs: opts.retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: opts.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    },
    sleep: opts.sleep ?? defaultSleep,
    random: opts.random ?? Math.random,
    now: opts.now ?? Date.now,
    userAgent: opts.userAgent ?? 'devin-tray',
    onRequest: opts.onRequest,
    onRetry: opts.onRetry,
  };
  const transport = createTransport(config);
  const orgId = opts.orgId ?? null;
  const ctx = createContext(transport, orgId);
  const orgPage = pageSchema(organizationSchema);

  const client: DevinClient = {
    baseUrl: config.baseUrl,
    orgId,
    withOrg: (next) => createDevinClient({ ...opts, orgId: next }),
    authorizationFor: (url) => {
      try {
        return new URL(url).origin === new URL(config.baseUrl).origin ? `Bearer ${opts.apiKey}` : null;
      } catch {
        return null;
      }
    },
    withRetry: (retry) => createDevinClient({ ...opts, retry: { ...opts.retry, ...retry } }),
    self: (o = {}) => transport.request({ method: 'GET', path: '/v3/self', schema: selfSchema, retry: 'read', signal: o.signal }),
    listOrganizations: (params = {}, o = {}) =>
      transport.request({
        method: 'GET',
        path: '/v3/enterprise/organizations',
        query: { first: params.first, after: params.after },
        schema: orgPage,
        retry: 'read',
        signal: o.signal,
      }),
    listAllOrganizations: (o = {}) =>
      collectCursorPages((after) => client.listOrganizations({ first: o.first, after }, { signal: o.signal }), o.maxPages ?? DEFAULT_MAX_PAGES),
    sessions: sessionsApi(ctx),
    enterprise: { sessions: enterpriseSessionsApi(transport) },
    uploadAttachment: (input) => uploadAttachment(ctx, input),
    attachmentDownloadUrl: (a) => attachmentDownloadUrl(config.baseUrl, ctx.orgPath(), a),
    downloadAttachment: (a, o = {}) =>
      openDownload(config, attachmentDownloadUrl(config.baseUrl, ctx.orgPath(), a), { ...o, name: a.name, expectHtml: attachmentIsHtml(a) }),
    knowledge: knowledgeApi(ctx),
    playbooks: playbooksApi(ctx),
    schedules: schedulesApi(ctx),
    secrets: secretsApi(ctx),
    usage: usageApi(ctx),
  };
  return client;
}
