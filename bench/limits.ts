/**
 * `npm run bench -- limits`: hostile API bodies, served over loopback by this process, read by the
 * real API client (the transport the app and the CLI use) in a fresh child process per body.
 * For each body: the error code the client ends with, wall time, and the peak RSS growth of the
 * reading process (sampled every 10 ms), against the baseline of an ordinary 1 MB answer measured
 * in the same run. The old way (`Response.text()`) is measured last on a 256 MiB bomb, for contrast.
 * Last line: `limits rss_growth_mb=MAX baseline_mb=B big_mb=… chunked_mb=… gzip_mb=… deflate_mb=…`.
 */
import { fork } from 'node:child_process';
import { ApiError } from '../src/main/api/api-error';
import { createDevinClient } from '../src/main/api/client';
import { SIM_KEYS } from '../src/sim/server';
import { compressedBomb, startHostileBodyServer } from '../src/main/api/testing/hostile-body-server';
import type { HostileBody, HostileServer } from '../src/main/api/testing/hostile-body-server';

const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;
const CHILD_FLAG = 'DEVIN_TRAY_BENCH_HOSTILE';

const BODIES: Record<string, HostileBody> = {
  baseline: { kind: 'json', value: { principal_type: 'service_user', org_id: 'org-sim', padding: 'x'.repeat(MiB) } },
  big: { kind: 'length', size: 2 * GiB },
  chunked: { kind: 'chunked', size: 2 * GiB },
  gzip: { kind: 'bomb', encoding: 'gzip', size: GiB, withLength: true },
  deflate: { kind: 'bomb', encoding: 'deflate', size: GiB, withLength: false },
  oldway: { kind: 'bomb', encoding: 'gzip', size: 256 * MiB, withLength: true },
};

interface CaseResult {
  outcome: string;
  seconds: number;
  growth: number;
}

/** In a fresh child per case, so every figure starts from the same clean process: read one body, report. */
async function measureInChild(): Promise<void> {
  const [name, url] = [process.env.BENCH_CASE ?? '', process.env.BENCH_URL ?? ''];
  const client = createDevinClient({ baseUrl: url, apiKey: SIM_KEYS.org, orgId: 'org-sim', timeoutMs: 120_000 });
  // Warm up as the app's main process is warm: one ordinary request through the same client code
  // (modules, schemas, the connection pool), so the figure is what the hostile body costs.
  await createDevinClient({ baseUrl: process.env.BENCH_WARM_URL ?? url, apiKey: SIM_KEYS.org, orgId: 'org-sim' })
    .self()
    .catch(() => undefined);
  const read =
    name === 'oldway'
      ? async () => `${(await (await fetch(`${url}/v3/self`)).text()).length} chars`
      : async () => {
          try {
            await client.self();
            return 'ok';
          } catch (err) {
            return err instanceof ApiError ? err.code : String(err);
          }
        };
  await new Promise((r) => setTimeout(r, 100));
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  const outcome = await read();
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  const result: CaseResult = { outcome, seconds: (performance.now() - started) / 1000, growth: peak - base };
  process.send?.(result);
}

function runCase(name: string, url: string, warmUrl: string): Promise<CaseResult> {
  const env = { ...process.env, [CHILD_FLAG]: '1', BENCH_CASE: name, BENCH_URL: url, BENCH_WARM_URL: warmUrl };
  const child = fork(__filename, [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => {
      resolve(m as CaseResult);
      child.disconnect();
    });
    child.once('exit', (code) => reject(new Error(`${name}: measuring child exited (${code})`)));
  });
}

const mb = (bytes: number): string => (bytes / MiB).toFixed(1);

export async function run(): Promise<void> {
  const servers: HostileServer[] = [];
  try {
    const urls: Record<string, string> = {};
    const compressed: Record<string, number> = {};
    for (const [name, body] of Object.entries(BODIES)) {
      const server = await startHostileBodyServer(body);
      servers.push(server);
      urls[name] = server.url;
      if (body.kind === 'bomb') compressed[name] = (await compressedBomb(body.encoding, body.size)).length;
    }
    const growth: Record<string, number> = {};
    for (const name of ['baseline', 'big', 'chunked', 'gzip', 'deflate']) {
      const r = await runCase(name, urls[name] as string, urls.baseline as string);
      growth[name] = r.growth;
      const what = compressed[name] !== undefined ? ` (${mb(compressed[name])} MB on the wire)` : '';
      console.log(`${name}${what}: ${r.outcome} in ${r.seconds.toFixed(2)} s, rss +${mb(r.growth)} MB`);
      if (name !== 'baseline' && r.outcome !== 'RESPONSE_TOO_LARGE') throw new Error(`${name}: expected RESPONSE_TOO_LARGE, got ${r.outcome}`);
    }
    // For contrast, the unbounded read this replaced, on a smaller bomb (the 1 GiB one would take GBs).
    const old = await runCase('oldway', urls.oldway as string, urls.baseline as string);
    console.log(`old way, Response.text() on a ${mb(compressed.oldway ?? 0)} MB gzip bomb: ${old.outcome}, rss +${mb(old.growth)} MB`);

    const hostile = ['big', 'chunked', 'gzip', 'deflate'].map((n) => growth[n] ?? 0);
    console.log(
      `limits rss_growth_mb=${mb(Math.max(...hostile))} baseline_mb=${mb(growth.baseline ?? 0)} big_mb=${mb(growth.big ?? 0)} chunked_mb=${mb(growth.chunked ?? 0)} gzip_mb=${mb(growth.gzip ?? 0)} deflate_mb=${mb(growth.deflate ?? 0)} oldway_256mb_bomb_mb=${mb(old.growth)}`,
    );
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}

if (process.env[CHILD_FLAG] === '1') {
  void measureInChild().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
