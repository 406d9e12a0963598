import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ScopeOrg, SessionScopeView } from '../../shared/ipc/channels/session-scope';
import { AppError } from '../../shared/errors';
import type { DevinClient } from '../api/client';
import { writeFileAtomic } from '../settings/atomic-write';
import { createEmitter } from './typed-emitter';

/** What is kept across restarts (no ids of the key, only the user's choices). */
const fileSchema = z.object({ scope: z.enum(['all', 'org']), createOrgId: z.string().max(200).nullable() });

export interface SessionScopeDeps {
  /** `session-scope.json` in userData; null keeps the choice in memory (demo, tests). */
  file: string | null;
  onError?: (err: unknown) => void;
}

/**
 * The sessions list's scope for an enterprise key: its own org, or "All organisations". Learns
 * whether the key is an enterprise one (`/v3/self` has no `org_id`) and its orgs' names
 * (`GET /v3/enterprise/organizations`, read once per sign-in and cached). An org-scoped key, or
 * an enterprise key without ManageOrganizations (403), has no scope choice.
 */
export function createSessionScope(deps: SessionScopeDeps) {
  const events = createEmitter<{ changed: SessionScopeView }>((err) => deps.onError?.(err));
  let wanted: 'all' | 'org' = 'org';
  let createOrgId: string | null = null;
  let orgs: ScopeOrg[] = [];
  let available = false;
  let accountOrg: string | null = null;
  let detectedFor = '';
  let generation = 0;
  let loaded: Promise<void> | null = null;

  const view = (): SessionScopeView => ({
    available,
    scope: available ? wanted : 'org',
    orgId: accountOrg,
    orgs: [...orgs],
    createOrgId: createOrgId && orgs.some((o) => o.orgId === createOrgId) ? createOrgId : accountOrg,
  });
  const changed = () => events.emit('changed', view());

  const load = (): Promise<void> =>
    (loaded ??= (async () => {
      if (!deps.file) return;
      try {
        const r = fileSchema.safeParse(JSON.parse(await readFile(deps.file, 'utf8')));
        if (r.success) ({ scope: wanted, createOrgId } = r.data);
      } catch {
        // First run, or an unreadable file: the default scope (the account's org).
      }
    })());

  const save = async (): Promise<void> => {
    if (!deps.file) return;
    try {
      await mkdir(dirname(deps.file), { recursive: true, mode: 0o700 });
      await writeFileAtomic(deps.file, JSON.stringify({ scope: wanted, createOrgId }));
    } catch (err) {
      deps.onError?.(err);
    }
  };

  return {
    view,
    /** Whether the tracker should list every org now. */
    isAll: (): boolean => available && wanted === 'all',
    on: (listener: (v: SessionScopeView) => void) => events.on('changed', listener),

    /**
     * A key signed in (`key` names who/where): learns whether it may see every org. Resolves
     * true when that changed what the tracker should list. Cheap to call again for the same key.
     */
    async detect(key: string, client: DevinClient, orgId: string): Promise<boolean> {
      await load();
      accountOrg = orgId;
      if (key === detectedFor) return false;
      detectedFor = key;
      const mine = ++generation;
      const before = available && wanted === 'all';
      let nextOrgs: ScopeOrg[] = [];
      try {
        const self = await client.self();
        if (self.org_id === null) {
          const { items } = await client.listAllOrganizations({ maxPages: 20 });
          nextOrgs = items.map((o) => ({ orgId: o.org_id, name: o.name }));
        }
      } catch (err) {
        // 403 (no ManageOrganizations) or a network failure: no All-organisations scope this run.
        if (!(err instanceof AppError)) deps.onError?.(err);
      }
      if (mine !== generation) return false;
      orgs = nextOrgs;
      available = orgs.length > 1 || (orgs.length === 1 && orgs[0]?.orgId !== orgId);
      changed();
      return before !== (available && wanted === 'all');
    },

    /** Signed out: nothing to choose from until the next sign-in. */
    reset(): void {
      generation++;
      detectedFor = '';
      available = false;
      orgs = [];
      accountOrg = null;
      changed();
    },

    /** The account's org moved (the org picker, the scope control): the org a create defaults to follows. */
    setAccountOrg(orgId: string | null): void {
      if (orgId === accountOrg) return;
      accountOrg = orgId;
      changed();
    },

    async setScope(next: 'all' | 'org'): Promise<void> {
      if (next === 'all' && !available) throw new AppError('FORBIDDEN', 'This key cannot list sessions across organizations');
      if (next === wanted) return;
      wanted = next;
      await save();
      changed();
    },

    /** A session was created in `orgId` from the All-organisations scope: the next one defaults there. */
    async rememberCreateOrg(orgId: string): Promise<void> {
      if (orgId === createOrgId) return;
      createOrgId = orgId;
      await save();
      changed();
    },

    /** Name of an org, for lists and the CLI. */
    orgName: (orgId: string): string | null => orgs.find((o) => o.orgId === orgId)?.name ?? null,
  };
}

export type SessionScope = ReturnType<typeof createSessionScope>;
