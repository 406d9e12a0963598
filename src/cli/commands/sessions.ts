import { parseArgs } from 'node:util';
import type { SessionListFilters } from '../../shared/domain/session';
import { translate } from '../../shared/i18n';
import { matchesSessionFilter } from '../../shared/sessions/session-filter';
import { SESSION_GROUPS, stateKey, type SessionGroup } from '../../shared/sessions/session-state';
import { toSessionView, type SessionView } from '../../shared/sessions/session-view';
import type { SignedInApi } from '../../main/account/account-service';
import type { DevinClient } from '../../main/api/client';
import type { CliCommand } from '../types';
import { describeError } from '../../main/api/describe-error';
import { insightsByIds, type SessionInsightsJson } from './session-insights-json';

export interface SessionsCommandDeps {
  /** The signed-in client and org (throws NOT_SIGNED_IN / ORG_REQUIRED otherwise). */
  getApi: () => Promise<SignedInApi>;
}

const DEFAULT_LIMIT = 50;
const PAGE_SIZE = 200;
/** Client-side filters (status) may need to read past non-matching sessions; this bounds it. */
const MAX_PAGES = 25;

/** Whether the API can filter archived sessions for us. */
function archivedFilter(groups: readonly SessionGroup[] | undefined): boolean | undefined {
  if (!groups) return false;
  if (groups.length === 1 && groups[0] === 'archived') return true;
  return groups.includes('archived') ? undefined : false;
}

/**
 * `sessions [--status S]… [--tag T]… [--limit N] [--all-orgs] [--json]`: the org's sessions, newest first.
 * `--all-orgs` (an enterprise key): every organization's, from `GET /v3/enterprise/sessions`, with
 * an organization column (names from `GET /v3/enterprise/organizations`; ids when that is refused).
 * Statuses are the app's groups (running, attention, finished, error, suspended, archived);
 * archived sessions show only when asked for. Tags are sent to the API (ALL must match).
 * `--json` prints SessionView objects, each with `insights` ({numDevinMessages,
 * numUserMessages, sessionSize, analysis}, or null).
 */
export function createSessionsCommand(deps: SessionsCommandDeps): CliCommand {
  const usage = `devin-tray sessions [--status ${SESSION_GROUPS.join('|')}]… [--tag TAG]… [--limit N] [--all-orgs] [--json]`;
  return {
    name: 'sessions',
    summary: 'List the sessions of the organization (newest first)',
    usage,
    async run(args, io) {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(io.locale, key, params);
      const { values } = parseArgs({
        args,
        options: {
          status: { type: 'string', multiple: true },
          tag: { type: 'string', multiple: true },
          limit: { type: 'string' },
          json: { type: 'boolean' },
          'all-orgs': { type: 'boolean' },
        },
        allowPositionals: false,
      });
      const bad = values.status?.find((s) => !(SESSION_GROUPS as readonly string[]).includes(s));
      if (bad !== undefined) {
        io.stderr(`${t('sessions.cli.badStatus', { value: bad, allowed: SESSION_GROUPS.join(', ') })}\n`);
        return 2;
      }
      const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) {
        io.stderr(`${t('sessions.cli.badNumber', { option: '--limit', value: values.limit ?? '' })}\n`);
        return 2;
      }
      const groups = values.status as SessionGroup[] | undefined;
      const tags = values.tag;

      const { client } = await deps.getApi();
      const allOrgs = values['all-orgs'] === true;
      const source = allOrgs ? client.enterprise.sessions : client.sessions;
      const filters: SessionListFilters = {};
      const archived = archivedFilter(groups);
      if (archived !== undefined) filters.is_archived = archived;
      if (tags?.length) filters.tags = tags;
      const views: SessionView[] = [];
      let more = false;
      for await (const page of source.pages(filters, { first: PAGE_SIZE, maxPages: MAX_PAGES })) {
        for (const s of page.items) {
          const v = toSessionView(s, new Set());
          if (!matchesSessionFilter(v, { ...(groups ? { groups } : {}), ...(tags ? { tags } : {}) })) continue;
          if (views.length < limit) views.push(v);
          else more = true;
        }
        if (more) break;
      }

      if (values.json) {
        // Each session also carries its insight fields (null when they could not be read).
        let insights = new Map<string, SessionInsightsJson>();
        try {
          insights = await insightsByIds(source.insights, views.map((v) => v.id));
        } catch (err) {
          io.stderr(`${t('sessions.cli.insightsFailed', { message: describeError(err, io.locale) })}\n`);
        }
        const names = allOrgs ? await orgNames(client) : null;
        const out = views.map((v) => ({ ...v, ...(names ? { orgName: names.get(v.orgId ?? '') ?? null } : {}), insights: insights.get(v.id) ?? null }));
        io.stdout(`${JSON.stringify(out, null, 2)}\n`);
        return 0;
      }
      if (views.length === 0) {
        io.stdout(`${t('sessions.cli.none')}\n`);
        return 0;
      }
      const names = allOrgs ? await orgNames(client) : null;
      const rows = views.map((v) => [
        v.id,
        ...(names ? [names.get(v.orgId ?? '') ?? v.orgId ?? ''] : []),
        t(stateKey({ status: v.status, status_detail: v.statusDetail, is_archived: v.group === 'archived' })),
        formatDateTime(v.updatedAt),
        v.title ?? '',
      ]);
      const head = [t('sessions.cli.col.id'), ...(names ? [t('sessions.cli.col.org')] : []), t('sessions.cli.col.state'), t('sessions.cli.col.updated'), t('sessions.cli.col.title')];
      io.stdout(formatTable([head, ...rows]));
      if (more) io.stderr(`${t('sessions.cli.truncated', { count: limit })}\n`);
      return 0;
    },
  };
}

/** Org id → name for an enterprise key; empty when the key may not list organizations (403). */
async function orgNames(client: DevinClient): Promise<Map<string, string>> {
  try {
    return new Map((await client.listAllOrganizations({ maxPages: 20 })).items.map((o) => [o.org_id, o.name]));
  } catch {
    return new Map();
  }
}

// Terminal formatting (also used by `watch`): local time stamps and a plain aligned table, with
// CJK characters counted as two columns so Chinese titles line up.

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2026-01-15 09:30` in the machine's time zone. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** `09:30:05` in the machine's time zone. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/** Columns a string takes in a terminal (wide East Asian characters count twice). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Rows as aligned columns, two spaces apart; the last column is not padded. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))).join('  '))
    .map((line) => `${line.trimEnd()}\n`)
    .join('');
}
