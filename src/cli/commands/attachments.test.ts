import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_ORG } from '../../sim/server';
import { fileSha, listDir, startAttachmentsHarness } from '../../main/attachments/test-harness';
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
      { attachment_id: a.attachment_id, name: 'result.csv', path: join(cwd, 'out', 'result.csv'), bytes: 8, status: 'done', already_saved: false },
      { attachment_id: b.attachment_id, name: '../escape.txt', path: join(cwd, 'out', '_.._escape.txt'), bytes: 9, status: 'done', already_saved: false },
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

  it('a second --download into the same folder adds no file; --force saves copies; a different file of the same name gets name (1)', async () => {
    const sessionId = h.sim.control.createSession({ title: 'cli twice' }).session_id;
    const first = h.sim.control.addSessionAttachment(sessionId, { name: 'report.md', text: '# First\n' });
    const second = h.sim.control.addSessionAttachment(sessionId, { name: 'report.md', text: '# Second, longer\n' });
    const data = h.sim.control.addSessionAttachment(sessionId, { name: 'data.bin', size: 300 * 1024, pattern: 'seeded', seed: 4 });
    const cwd = await h.tempDir();
    const out = join(cwd, 'out');
    // A file of the user's in the folder: left alone.
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'mine\n');

    const once = io(cwd);
    expect(await command().run([sessionId, '--download', 'out', '--json'], once.io)).toBe(0);
    const saved = (JSON.parse(once.out()) as AttachmentResult[]).map((r) => [r.name, r.path, r.status, r.already_saved]);
    expect(saved).toEqual([
      ['report.md', join(out, 'report.md'), 'done', false],
      ['report.md', join(out, 'report (1).md'), 'done', false],
      ['data.bin', join(out, 'data.bin'), 'done', false],
    ]);
    expect(await listDir(out)).toEqual(['data.bin', 'notes.txt', 'report (1).md', 'report.md']);

    // Again into the same folder: every file is already there with the same bytes, nothing is added.
    const twice = io(cwd, 'zh-CN');
    expect(await command().run([sessionId, '--download', 'out'], twice.io)).toBe(0);
    expect(await listDir(out)).toEqual(['data.bin', 'notes.txt', 'report (1).md', 'report.md']);
    expect(twice.out()).toContain(`已存在 ${join(out, 'report (1).md')}（17 B）`);
    expect(twice.out()).toContain(`已保存 0 个，已存在 3 个，失败 0 个，位于 ${out}`);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toBe('# First\n');
    expect(await fileSha(join(out, 'data.bin'))).toBe(data.sha256);

    // --force saves copies anyway, under free names.
    const forced = io(cwd);
    expect(await command().run([sessionId, '--download', 'out', '--force', '--json'], forced.io)).toBe(0);
    expect((JSON.parse(forced.out()) as AttachmentResult[]).every((r) => r.status === 'done' && r.already_saved === false)).toBe(true);
    expect(await listDir(out)).toEqual(['data (1).bin', 'data.bin', 'notes.txt', 'report (1).md', 'report (2).md', 'report (3).md', 'report.md']);

    // A different file under the same name in another folder: kept, the attachment saved beside it as name (1).
    const other = join(cwd, 'other');
    await mkdir(other);
    await writeFile(join(other, 'report.md'), '# Other!\n');
    const beside = io(cwd);
    expect(await command().run([sessionId, '--download', 'other', '--json'], beside.io)).toBe(0);
    const besideResults = JSON.parse(beside.out()) as AttachmentResult[];
    expect(besideResults.every((r) => r.already_saved === false)).toBe(true);
    expect(await listDir(other)).toEqual(['data.bin', 'report (1).md', 'report (2).md', 'report.md']);
    expect(await readFile(join(other, 'report.md'), 'utf8')).toBe('# Other!\n');
    // (The two run at once, so either may take report (1).md.)
    expect([await readFile(besideResults[0]?.path ?? '', 'utf8'), await readFile(besideResults[1]?.path ?? '', 'utf8')]).toEqual(['# First\n', '# Second, longer\n']);
    expect(first.size).toBe(8);
    expect(second.size).toBe(17);
  });

  it('--force needs --download', async () => {
    const t = io('/');
    expect(await command().run(['devin-x', '--force'], t.io)).toBe(2);
    expect(t.err()).toContain('[--force]');
  });

  it('needs exactly one session id', async () => {
    const t = io('/');
    expect(await command().run([], t.io)).toBe(2);
    expect(t.err()).toContain('Usage: devin-tray attachments SESSION_ID');
  });
});
