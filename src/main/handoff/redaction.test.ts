/**
 * Redaction on every line kind that leaves the machine, against real repositories: what is masked,
 * what still applies with `git apply`, and what the prompt says when a hunk no longer does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHandoff } from './compose-handoff';
import { inspectRepo } from './inspect-repo';
import { cleanCheckout, gitApply, isolateGitConfig, makeRepo } from './repo-fixture';
import { redactionMarker } from './resolutions';
import type { Resolution } from './types';

const ghToken = (seed: string): string => ['gh', 'p_', seed.repeat(40).slice(0, 36)].join('');

let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());

describe('redaction beyond added lines', () => {
  it('a token in a hunk header (git names the enclosing function) is a context finding; redacted, the diff still applies', async () => {
    const repo = makeRepo();
    try {
      const t = ghToken('Hh2');
      const body = Array.from({ length: 12 }, (_, i) => `    step${i} = ${i}`);
      repo.write('svc.py', [`def connect(token="${t}"):`, ...body, ''].join('\n'));
      repo.commitAll('svc');
      repo.write('svc.py', [`def connect(token="${t}"):`, ...body.slice(0, 10), '    step10 = 100', body[11], ''].join('\n'));
      const inspection = await inspectRepo(repo.dir);
      const found = inspection.findings ?? [];
      expect(found.map((f) => [f.place, f.rule, f.id.includes(':@')])).toEqual([['context', 'github-token', true]]);
      const resolutions: Record<string, Resolution> = { [found[0]?.id ?? '']: 'redact' };
      const composed = composeHandoff({ inspection, task: 'Tune', resolutions });
      expect(composed.prompt).not.toContain(t);
      expect(composed.diff).toMatch(new RegExp(`^@@ -\\d+,\\d+ \\+\\d+,\\d+ @@ def connect\\(token="${redactionMarker('github-token')}"\\):$`, 'm'));
      expect(composed.prompt).not.toContain('do not apply verbatim');
      const checkout = cleanCheckout(repo);
      try {
        gitApply(checkout.dir, composed.diff);
      } finally {
        checkout.cleanup();
      }
    } finally {
      repo.cleanup();
    }
  });

  it('a token in a removed line is masked, and the prompt says that hunk does not apply verbatim', async () => {
    const repo = makeRepo();
    try {
      const t = ghToken('Rm6');
      repo.write('cfg.ini', `[gh]\ntoken = ${t}\n`);
      repo.commitAll('cfg');
      repo.write('cfg.ini', '[gh]\ntoken = ${GITHUB_TOKEN}\n');
      const inspection = await inspectRepo(repo.dir);
      const found = inspection.findings ?? [];
      expect(found.map((f) => [f.place, f.line, f.column, f.onRemote])).toEqual([['removed', 2, 9, false]]);
      const composed = composeHandoff({ inspection, task: 'Tidy', resolutions: { [found[0]?.id ?? '']: 'redact' } });
      expect(composed.prompt).not.toContain(t);
      expect(composed.diff).toContain(`-token = ${redactionMarker('github-token')}\n+token = \${GITHUB_TOKEN}\n`);
      expect(composed.prompt).toContain('in removed or unchanged lines of: cfg.ini. Those hunks do not apply verbatim');
      // Excluding it instead leaves the whole file out, and the prompt says so.
      const excluded = composeHandoff({ inspection, task: 'Tidy', resolutions: { [found[0]?.id ?? '']: 'exclude' } });
      expect(excluded.prompt).not.toContain(t);
      expect(excluded.prompt).toContain('- cfg.ini: left out by the user (possible secret)');
    } finally {
      repo.cleanup();
    }
  });
});
