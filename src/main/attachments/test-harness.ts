import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { startSim, SIM_KEYS, SIM_ORG } from '../../sim/server';
import type { SimHandle } from '../../sim/server';
import { createDevinClient } from '../api/client';
import type { DevinClient } from '../api/client';
import type { AuthScope } from './fetch-with-redirects';

/** What the attachments tests share: devin-sim over HTTP, a session, a client, temp folders. */
export interface AttachmentsHarness {
  sim: SimHandle;
  client: DevinClient;
  sessionId: string;
  authHeader: string;
  /** The key for the API origin only (what the app's download manager gives the engine). */
  auth: AuthScope;
  /** A fresh empty folder (removed by `close`). */
  tempDir(): Promise<string>;
  close(): Promise<void>;
}

export async function startAttachmentsHarness(): Promise<AttachmentsHarness> {
  const sim = await startSim();
  const session = sim.control.createSession({ title: 'Attachments test' });
  const client = createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } });
  const dirs: string[] = [];
  return {
    sim,
    client,
    sessionId: session.session_id,
    authHeader: `Bearer ${SIM_KEYS.org}`,
    auth: { origin: sim.baseUrl, getHeader: () => `Bearer ${SIM_KEYS.org}` },
    async tempDir() {
      const dir = await mkdtemp(join(tmpdir(), 'devin-tray-att-'));
      dirs.push(dir);
      return dir;
    },
    async close() {
      await sim.close();
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/** Where the sim keeps an attachment's bytes: the path on the storage origin its route redirects to. */
export function storagePathOf(a: { attachment_id: string }, orgId: string = SIM_ORG.org_id): string {
  return `/${orgId}/${a.attachment_id}`;
}

export const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export async function fileSha(path: string): Promise<string> {
  return sha256Hex(await readFile(path));
}

export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
