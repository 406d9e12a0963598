import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_ORG } from '../../sim/server';
import { startAttachmentsHarness } from '../../main/attachments/test-harness';
import type { AttachmentsHarness } from '../../main/attachments/test-harness';
import type { CliIO } from '../types';
import { createAttachmentsCommand } from './attachments';
import type { AttachmentResult } from './attachments';

let h: AttachmentsHarness;
beforeAll(async () => {
  h = await startAttachmentsHarness();
});
afterAll(async () => {
  await h.close();
});

function io(cwd: string, locale: CliIO['locale'] = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd, locale };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const command = () =>
  createAttachmentsCommand({
    getApi: async () => ({ client: h.client, orgId: SIM_ORG.org_id }),
    getDownloadAuth: async () => ({ apiOrigin: h.sim.baseUrl, authHeader: h.authHeader }),
    manager: { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } },
  });

describe('devin-tray attachments (against devin-sim)', () => {
  it('lists, then downloads everything with --download DIR --json (exit 0)', async () => {
    const sessionId = h.sim.control.createSession({ title: 'cli' }).session_id;
    const a = h.sim.control.addSessionAttachment(sessionId, { name: 'result.csv', text: 'a,b\n1,2\n' });
    const b = h.sim.control.addSessionAttachment(sessionId, { name: '../escape.txt', text: 'no escape' });
    const cwd = await h.tempDir();

    const listing = io(cwd);
    expect(await command().run([sessionId, '--json'], listing.io)).toBe(0);
    expect(JSON.parse(listing.out())).toEqual([
      { attachment_id: a.attachment_id, name: 'result.csv', path: null, bytes: null, status: 'listed' },
      { attachment_id: b.attachment_id, name: '../escape.txt', path: null, bytes: null, status: 'listed' },
    ]);

    const run = io(cwd);
    expect(await command().run([sessionId, '--download', 'out', '--json'], run.io)).toBe(0);
    const results = JSON.parse(run.out()) as AttachmentResult[];
    expect(results).toEqual([
      { attachment_id: a.attachment_id, name: 'result.csv', path: join(cwd, 'out', 'result.csv'), bytes: 8, status: 'done' },
      { attachment_id: b.attachment_id, name: '../escape.txt', path: join(cwd, 'out', '_.._escape.txt'), bytes: 9, status: 'done' },
    ]);
    expect(await readFile(join(cwd, 'out', 'result.csv'), 'utf8')).toBe('a,b\n1,2\n');
    // By the documented route: the key to the API only, storage without it, the web-app links never.
    const routes = h.sim.control.getRequests().filter((q) => q.route === '/v3/organizations/:org/attachments/:id/:name');
    // (The two run at once: in either order.)
    expect(routes.map((q) => [q.path, q.status, q.hadAuth]).sort()).toEqual(
      [
        [new URL(a.download_url).pathname, 307, true],
        [new URL(b.download_url).pathname, 307, true],
      ].sort(),
    );
    expect(h.sim.control.getSecondOriginRequests().filter((q) => q.hadAuth)).toEqual([]);
    expect(h.sim.control.getWebAppRequests()).toEqual([]);
  });

  it('exits 1 when a download fails, with a localized message', async () => {
    const sessionId = h.sim.control.createSession({ title: 'cli fail' }).session_id;
    h.sim.control.addSessionAttachment(sessionId, { name: 'ok.txt', text: 'ok' });
    const bad = h.sim.control.addSessionAttachment(sessionId, { name: 'bad.txt', text: 'bad' });
    h.sim.control.addFault({ path: new URL(bad.download_url).pathname, kind: 'status', status: 500, times: -1 });
    const cwd = await h.tempDir();

    const json = io(cwd);
    expect(await command().run([sessionId, '--download', cwd, '--json'], json.io)).toBe(1);
    const results = JSON.parse(json.out()) as AttachmentResult[];
    expect(results.map((r) => [r.name, r.status, r.error?.code])).toEqual([
      ['ok.txt', 'done', undefined],
      ['bad.txt', 'failed', 'ATTACHMENT_HTTP'],
    ]);

    const human = io(cwd, 'zh-CN');
    expect(await command().run([sessionId, '--download', join(cwd, 'again')], human.io)).toBe(1);
    expect(human.err()).toBe('失败 bad.txt：服务器对“bad.txt”返回了 500。请稍后再试。\n');
    expect(human.out()).toContain('已保存 1 个，失败 1 个');
    h.sim.control.clearFaults();
  });

  it('needs exactly one session id', async () => {
    const t = io('/');
    expect(await command().run([], t.io)).toBe(2);
    expect(t.err()).toContain('Usage: devin-tray attachments SESSION_ID');
  });
});
