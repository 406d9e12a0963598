import type {
  HandoffComposeRequest,
  HandoffCompositionView,
  HandoffFindingView,
  HandoffInspectionView,
} from '../../../../../shared/ipc/channels/handoff';
import type { FakeHandlers } from '../../../test-support/fake-bridge';

export const FINDING: HandoffFindingView = {
  id: 'f-gh',
  rule: 'github-token',
  description: 'GitHub token',
  file: 'src/config.ts',
  unitKey: 'src/config.ts',
  place: 'added',
  line: 3,
  column: 18,
  preview: 'ghp_…(40)',
  redactable: true,
  canBeSecret: true,
};

export const ENV_FINDING: HandoffFindingView = {
  id: 'f-env',
  rule: 'risky-file:env',
  description: 'Environment file',
  file: '.env',
  unitKey: '.env',
  place: 'file',
  line: 0,
  column: 0,
  preview: '.env',
  redactable: false,
  canBeSecret: false,
};

export function makeInspection(patch: Partial<HandoffInspectionView> = {}): HandoffInspectionView {
  return {
    inspectionId: 'insp-1',
    root: '/repos/web',
    name: 'web',
    remote: { name: 'origin', url: 'https://github.com/acme/web.git', slug: 'acme/web' },
    repo: 'acme/web',
    branch: 'main',
    detached: false,
    head: '0123456789abcdef0123456789abcdef01234567',
    upstream: 'origin/main',
    ahead: 1,
    behind: 0,
    unpushedCount: 0,
    unpushedUnknown: false,
    unpushed: [],
    patchesRead: false,
    files: [
      { key: 'src/app.ts', path: 'src/app.ts', status: 'modified', binary: false, utf8: true, bytes: 120, added: 1, removed: 1, generated: false },
      { key: 'src/config.ts', path: 'src/config.ts', status: 'untracked', binary: false, utf8: true, bytes: 90, added: 3, removed: 0, generated: false },
      { key: 'logo.png', path: 'logo.png', status: 'added', binary: true, utf8: true, size: 2048, bytes: 60, added: 0, removed: 0, generated: false },
    ],
    findings: [FINDING],
    warnings: [],
    ...patch,
  };
}

export const DIFF = 'diff --git a/src/app.ts b/src/app.ts\n--- a/src/app.ts\n+++ b/src/app.ts\n@@ -1 +1 @@\n-export const a = 1;\n+export const a = 2;\n';

/** What the fake main composes: blockers like the real one, and a prompt naming the choices. */
export function fakeCompose(inspection: HandoffInspectionView, req: HandoffComposeRequest, n: number): HandoffCompositionView {
  const keptFindings = inspection.findings.filter((f) => !req.excluded.includes(f.unitKey));
  const unresolved = keptFindings.filter((f) => !req.resolutions[f.id]).map((f) => f.id);
  const blockers: HandoffCompositionView['blockers'] = [];
  if (req.task.trim() === '') blockers.push('task');
  if (unresolved.length > 0) blockers.push('findings');
  // A value given as a secret: named from its rule (like main derives names), or as the user typed.
  const sessionSecrets: HandoffCompositionView['sessionSecrets'] = keptFindings
    .filter((f) => req.resolutions[f.id] === 'secret')
    .map((f) => {
      const derivedKey = f.rule.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
      const key = req.secretKeys?.[f.id] ?? derivedKey;
      const problem = key === '' ? 'empty' : /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? null : 'chars';
      return { key, derivedKey, edited: key !== derivedKey, preview: f.preview, length: 40, multiline: false, findingIds: [f.id], problem };
    });
  if (unresolved.length === 0 && sessionSecrets.some((x) => x.problem !== null)) blockers.push('secrets');
  const prompt = blockers.length > 0 ? null : `Repo: acme/web (branch: main)\n\n${req.task.trim()}\n\nUncommitted changes:\n\`\`\`diff\n${DIFF}\`\`\`\n`;
  return {
    inspectionId: req.inspectionId,
    token: prompt === null ? null : n.toString(16).padStart(64, '0'),
    blockers,
    findingIds: keptFindings.map((f) => f.id),
    unresolved,
    prompt,
    promptBytes: prompt === null ? 0 : new TextEncoder().encode(prompt).length,
    title: req.task.trim().split('\n')[0] ?? '',
    tags: ['handoff', ...req.tags],
    repos: ['acme/web'],
    ...(req.secrets ? { secretIds: req.secrets.kind === 'all' ? null : req.secrets.kind === 'none' ? [] : [...req.secrets.ids] } : {}),
    sessionSecrets,
    diff: DIFF,
    diffBytes: DIFF.length,
    patches: '',
    patchBytes: 0,
    maxBytes: req.maxBytes,
    masked: unresolved.length > 0,
    truncated: false,
    leftOutCommits: [],
    files: inspection.files.map((f) => ({
      key: f.key,
      included: !f.binary && !req.excluded.includes(f.key),
      reason: req.excluded.includes(f.key) ? 'user' : f.binary ? 'binary' : null,
    })),
  };
}

/** A folder as main would hand it to the page: a handle (here the path behind a prefix) and the path to show. */
export function fakeFolder(path: string): { handle: string; path: string } {
  return { handle: `repo-${path}`, path };
}

/** The path behind a fake handle (what main would resolve it to). */
export const pathOfFakeHandle = (handle: string): string => handle.replace(/^repo-/, '');

/** Handoff channels over one inspection; a test passes overrides (theirs win). */
export function handoffHandlers(inspection: HandoffInspectionView = makeInspection()): FakeHandlers {
  let n = 0;
  return {
    'handoff:recent': () => [{ path: '/repos/api', repo: 'acme/api', usedAt: '2026-01-01T00:00:00.000Z', handle: fakeFolder('/repos/api').handle }],
    // Main resolves a typed path and issues a handle for it (here: the path behind a fake prefix).
    'handoff:openPath': ({ path }) => fakeFolder(path),
    'handoff:forgetRecent': () => [],
    'handoff:inspect': () => inspection,
    'handoff:cancel': () => undefined,
    'handoff:compose': (req) => fakeCompose(inspection, req, ++n),
    'handoff:send': () => ({ sessionId: 'devin-handoff1', url: 'https://app.devin.ai/sessions/handoff1' }),
    'handoff:discard': () => undefined,
    'handoff:chooseFolder': () => fakeFolder('/repos/web'),
    'desktop:takeNavigation': () => null,
  };
}
