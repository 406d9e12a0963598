/**
 * `npm run sim -- [--port N] [--host H] [--seed empty|demo] [--app-host URL]`
 * Starts devin-sim, prints its URLs and test keys, and runs until SIGINT/SIGTERM.
 * (Developer tool: English output only.)
 */
import { parseSimArgs } from './cli-args';
import { SIM_KEY_DESCRIPTIONS, SIM_KEYS, startSim, type SimOptions } from './server';

async function main(): Promise<void> {
  let opts: SimOptions;
  try {
    opts = parseSimArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`devin-sim: ${e instanceof Error ? e.message : String(e)}`);
    console.error('usage: npm run sim -- [--port N] [--host 127.0.0.1] [--seed empty|demo] [--app-host URL]');
    process.exitCode = 2;
    return;
  }
  const sim = await startSim(opts);
  const lines = [
    `devin-sim listening on ${sim.baseUrl}  (seed: ${opts.seed ?? 'empty'})`,
    `storage origin (presigned URLs after the download route's 307): ${sim.secondOrigin}`,
    `web-app origin (where attachment urls point; an HTML sign-in page): ${sim.webAppOrigin}`,
    `control API: ${sim.baseUrl}/_sim/  (no auth)`,
    'test keys:',
    ...Object.entries(SIM_KEYS).map(([label, key]) => `  ${key}  ${SIM_KEY_DESCRIPTIONS[label as keyof typeof SIM_KEYS]}`),
    '  any other key → 401',
  ];
  console.log(lines.join('\n'));
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
