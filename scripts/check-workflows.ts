// `npx tsx scripts/check-workflows.ts`: checks every file in .github/workflows/ offline (see
// check-workflows.lib.ts), and first a known-bad workflow, so a checker that accepts anything fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkWorkflow } from './check-workflows.lib';

const CANARY = `name: canary
on: push
jobs:
  build:
    runs_on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch_depht: 1
      - run: echo \${{ matrix.nope }
`;

async function main(): Promise<void> {
  // `--json FILE…`: the problems of those files as JSON (the checker's own tests use this).
  const args = process.argv.slice(2);
  if (args[0] === '--json') {
    const out = [];
    for (const f of args.slice(1)) out.push(...(await checkWorkflow(f, readFileSync(f, 'utf8'))));
    console.log(JSON.stringify(out));
    return;
  }
  const canary = await checkWorkflow('canary.yml', CANARY);
  if (!canary.some((p) => p.source === 'workflow-parser') || !canary.some((p) => p.source === 'actionlint') || !canary.some((p) => p.source === 'uses')) {
    console.error(`check-workflows: the known-bad canary passed (${canary.length} problem(s)): the checker is broken`);
    process.exit(1);
  }
  const dir = resolve(__dirname, '../.github/workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  let count = 0;
  for (const f of files) {
    const problems = await checkWorkflow(`.github/workflows/${f}`, readFileSync(join(dir, f), 'utf8'));
    for (const p of problems) console.error(`${p.file}: ${p.message} (${p.source})`);
    count += problems.length;
  }
  console.log(`check-workflows: ${files.length} workflow(s), ${count} problem(s) (GitHub's workflow parser + actionlint; the canary showed ${canary.length})`);
  process.exit(count > 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
