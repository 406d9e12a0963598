import { redactionMarker } from './resolutions';
import type { Finding, RepoInspection, Resolutions, ScanUnit } from './types';

/**
 * The names the prompt's first lines carry besides the diff: the branch, its upstream, the folder's
 * name (when there is no owner/repo) and the remote's name. Each is a one-line text unit, so a token
 * in a branch name is a finding like any other. They cannot be left out, only masked or sent.
 */
export const REPO_FACT_FIELDS = ['branch', 'upstream', 'folder', 'remote'] as const;
export type RepoFactField = (typeof REPO_FACT_FIELDS)[number];

type Facts = Pick<RepoInspection, 'branch' | 'upstream' | 'root' | 'remote'>;

const folderName = (root: string): string => root.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? root;

function factText(i: Facts, field: RepoFactField): string {
  if (field === 'branch') return i.branch ?? '';
  if (field === 'upstream') return i.upstream ?? '';
  if (field === 'folder') return folderName(i.root);
  return i.remote?.name ?? '';
}

/** The unit key of a fact (`repo:branch` …). */
export const repoFactKey = (field: RepoFactField): string => `repo:${field}`;

/** The facts as scan units (mode text; `path` is the field's name). */
export function repoFactUnits(i: Facts): ScanUnit[] {
  return REPO_FACT_FIELDS.map((field) => ({ key: repoFactKey(field), path: field, diffText: factText(i, field), mode: 'text' as const, textPlace: 'repo' as const })).filter((u) => u.diffText !== '');
}

/**
 * The inspection as the prompt shows it (pure): each fact whose finding was decided `redact` (or
 * `exclude` or `secret`, which a name cannot be, so it is masked as well) has that secret replaced by its marker.
 */
export function maskRepoFacts<T extends Facts>(i: T, findings: readonly Finding[], resolutions: Resolutions): T {
  let out = i;
  for (const field of REPO_FACT_FIELDS) {
    const mine = findings.filter((f) => f.unitKey === repoFactKey(field) && (resolutions[f.id] === 'redact' || resolutions[f.id] === 'exclude' || resolutions[f.id] === 'secret'));
    if (mine.length === 0) continue;
    const text = factText(i, field);
    let masked = text;
    for (const f of [...mine].sort((a, b) => b.range[0] - a.range[0])) {
      masked = masked.slice(0, f.range[0]) + redactionMarker(f.rule) + masked.slice(f.range[1]);
    }
    if (field === 'branch') out = { ...out, branch: masked };
    else if (field === 'upstream') out = { ...out, upstream: masked };
    else if (field === 'folder') out = { ...out, root: `${out.root.replace(/[/\\]+$/, '').slice(0, -text.length)}${masked}` };
    else if (out.remote) out = { ...out, remote: { ...out.remote, name: masked } };
  }
  return out;
}
