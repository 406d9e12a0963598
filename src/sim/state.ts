import { randomBytes } from 'node:crypto';
import type { WebAppRequest } from './attachments/web-app';
import type { SimClock } from './clock';
import type { ExchangeObserver } from './contract/sim-observer';
import { FaultStore } from './faults';
import { SIM_ORG, SIM_ORG_2, type Permission } from './keys';
import { RequestLog } from './request-log';
import { AttachmentStore, attachmentWebPath } from './store/attachments';
import { InsightStore } from './store/insights';
import { KnowledgeStore } from './store/knowledge';
import { PlaybookStore } from './store/playbooks';
import { ScheduleStore } from './store/schedules';
import { SecretStore } from './store/secrets';
import { SessionStore } from './store/sessions';
import { UsageLedger } from './store/usage-ledger';
import { advanceSessionsAndUsage } from './usage/advance';
import type { OrgRecord } from './types';

/** Headers the second origin saw for one request (Authorization redacted, `hadAuth` kept). */
export interface SecondOriginRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  hadAuth: boolean;
  time: number;
}

/** Fixed creation time of the sim's orgs (2025-01-01T00:00:00Z). */
const ORG_CREATED_AT = 1_735_689_600;

function org(o: { org_id: string; name: string }): OrgRecord {
  return { ...o, created_at: ORG_CREATED_AT, updated_at: ORG_CREATED_AT, max_session_acu_limit: null, max_cycle_acu_limit: null };
}

/** All in-memory state of one sim instance. */
export class SimState {
  readonly orgs: ReadonlyMap<string, OrgRecord> = new Map([
    [SIM_ORG.org_id, org(SIM_ORG)],
    [SIM_ORG_2.org_id, org(SIM_ORG_2)],
  ]);
  readonly sessions = new SessionStore();
  readonly attachments = new AttachmentStore();
  readonly knowledge = new KnowledgeStore();
  readonly playbooks = new PlaybookStore();
  readonly schedules = new ScheduleStore();
  readonly insights = new InsightStore();
  readonly secrets = new SecretStore();
  readonly faults = new FaultStore();
  readonly log = new RequestLog();
  /** ACUs per session and product, pull-request times (consumption and metrics routes). */
  readonly usage = new UsageLedger();
  /** Permissions taken from every key (control API), e.g. to show a key without ManageBilling. */
  readonly revokedPermissions = new Set<Permission>();
  secondOriginLog: SecondOriginRequest[] = [];
  webAppLog: WebAppRequest[] = [];
  /** Signs presigned storage URLs (fresh per sim: URLs of another run never work). */
  readonly presignSecret = randomBytes(32);
  /** Sees every exchange on the API origin (the contract check in tests); null otherwise. */
  observer: ExchangeObserver | null = null;
  /** Filled in once the servers listen. */
  baseUrl = '';
  /** Presigned storage: where the download route redirects. */
  secondOrigin = '';
  /** The web app (app.devin.ai in production): where attachment `url`s point. */
  webAppOrigin = '';

  constructor(
    readonly clock: SimClock,
    readonly appHost: string,
  ) {}

  /** Applies lifecycle steps that are due and accrues ACUs; called before every request and control call. */
  advance(): void {
    advanceSessionsAndUsage(this.sessions, this.usage, this.clock.nowMs());
  }

  /** The absolute URL of a sim path. */
  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  /** An attachment's web-app link (its `url` in lists and uploads). */
  webAppUrl(a: { attachment_id: string; name: string }): string {
    return `${this.webAppOrigin}${attachmentWebPath(a)}`;
  }

  /** Empties every store and log (faults included); orgs and the clock stay. */
  clear(): void {
    this.sessions.clear();
    this.attachments.clear();
    this.knowledge.clear();
    this.playbooks.clear();
    this.schedules.clear();
    this.insights.clear();
    this.secrets.clear();
    this.faults.clear();
    this.log.clear();
    this.usage.clear();
    this.revokedPermissions.clear();
    this.secondOriginLog = [];
    this.webAppLog = [];
  }
}
