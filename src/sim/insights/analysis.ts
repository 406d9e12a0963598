import type { SessionRecord } from '../types';

/**
 * What the sim's "AI" says about a session: a deterministic analysis built only from the
 * session's own data (prompt, repos, messages, status), so tests can predict it. The shape
 * follows the SDK's `SessionInsightsAnalysis` (classification, issues {id, label, issue,
 * impact}, suggested_prompt {original_prompt, suggested_prompt, feedback_items {summary,
 * details, excerpt, issue_id}}, note_usage). `action_items` and `timeline` stay empty: their
 * item shapes are not documented anywhere we could read.
 */

/** The prompt a session was created with (control-created sessions have none: their title stands in). */
export function promptOf(s: SessionRecord): string {
  const req = s.createRequest as { prompt?: unknown } | null;
  return typeof req?.prompt === 'string' ? req.prompt : (s.title ?? '');
}

/** xs … xl from ACUs and messages (the docs say "based on ACU usage and message count"; the cut-offs are the sim's). */
export function sessionSize(s: SessionRecord): string {
  const m = s.messages.length;
  const a = s.acus_consumed;
  if (a < 1 && m <= 4) return 'xs';
  if (a < 5 && m <= 10) return 's';
  if (a < 20 && m <= 30) return 'm';
  if (a < 60 && m <= 100) return 'l';
  return 'xl';
}

const CATEGORY_WORDS: [RegExp, string][] = [
  [/\btests?\b|flaky/i, 'unit_test_generation'],
  [/\bfix|bug|crash|broken/i, 'bug_fixing'],
  [/\bdocs?\b|readme|document/i, 'documentation_and_content'],
  [/refactor|clean ?up|speed|faster/i, 'refactoring_and_optimization'],
  [/upgrade|migrat|bump/i, 'migrations_and_upgrades'],
  [/\bci\b|pipeline|deploy/i, 'ci_cd_and_devops'],
];
const LANGUAGE_WORDS: [RegExp, string][] = [
  [/typescript|\.tsx?\b/i, 'TypeScript'],
  [/python|\.py\b/i, 'Python'],
  [/\bgo\b|golang/i, 'Go'],
  [/\brust\b/i, 'Rust'],
  [/\bjava\b/i, 'Java'],
];

interface Issue {
  id: string;
  label: string;
  issue: string;
  impact: string;
}

function findIssues(s: SessionRecord, prompt: string): Issue[] {
  const issues: Issue[] = [];
  const add = (label: string, issue: string, impact: string) => issues.push({ id: `issue-${issues.length + 1}`, label, issue, impact });
  if (prompt.trim().length < 80) {
    add('Underspecified prompt', 'The prompt is short and does not say what "done" looks like.', 'Devin had to guess the scope and how to check the result.');
  }
  if (s.repos.length === 0) {
    add('No repository named', 'The session was started without a repository.', 'Devin spent time finding where the code lives.');
  }
  const questions = s.messages.filter((m) => m.source === 'devin' && m.message.includes('?')).length;
  if (questions > 0) {
    add('Clarification needed', `Devin had to ask ${questions} question(s) before it could continue.`, 'The session waited for a reply.');
  }
  if (s.status === 'error') add('Session error', 'The session ended in an error.', 'The work may be incomplete.');
  return issues;
}

/** The analysis of `s` as the API returns it under `analysis` (pure). */
export function buildAnalysis(s: SessionRecord): Record<string, unknown> {
  const prompt = promptOf(s);
  const haystack = `${prompt}\n${s.title ?? ''}\n${s.repos.join(' ')}`;
  const issues = findIssues(s, prompt);
  const category = s.category ?? CATEGORY_WORDS.find(([re]) => re.test(haystack))?.[1] ?? 'feature_development';
  const languages = LANGUAGE_WORDS.filter(([re]) => re.test(haystack)).map(([, name]) => name);
  const lines = [prompt.trim() || 'Describe the change you want.'];
  if (s.repos.length === 0) lines.push('Repository: owner/repo (say which one).');
  lines.push('Done when: the change is covered by a test and CI passes.');
  return {
    action_items: [],
    classification: { category, confidence: issues.length === 0 ? 0.9 : 0.7, programming_languages: languages, tools_and_frameworks: [] },
    issues,
    note_usage: { bad_usages: [], good_usages: [] },
    suggested_prompt: {
      original_prompt: prompt,
      suggested_prompt: lines.join('\n'),
      feedback_items: issues.map((i) => ({ summary: i.label, details: i.issue, excerpt: prompt.slice(0, 80), issue_id: i.id })),
    },
    timeline: [],
  };
}
