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

/** Keywords → category, first match wins (English and Chinese prompts). */
const CATEGORY_WORDS: [RegExp, string][] = [
  [/\btests?\b|flaky|测试/i, 'unit_test_generation'],
  [/\bfix|bug|crash|broken|修复|缺陷/i, 'bug_fixing'],
  [/\bdocs?\b|readme|document|文档|说明/i, 'documentation_and_content'],
  [/refactor|clean ?up|speed|faster|重构|优化/i, 'refactoring_and_optimization'],
  [/upgrade|migrat|bump|升级|迁移/i, 'migrations_and_upgrades'],
  [/\bci\b|pipeline|deploy|部署/i, 'ci_cd_and_devops'],
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
  /** What to change in the prompt (a feedback item of the suggested prompt). */
  advice: { summary: string; details: string } | null;
}

function findIssues(s: SessionRecord, prompt: string): Issue[] {
  const issues: Issue[] = [];
  const add = (label: string, issue: string, impact: string, advice: Issue['advice']) => issues.push({ id: `issue-${issues.length + 1}`, label, issue, impact, advice });
  if (prompt.trim().length < 80) {
    add('Underspecified prompt', 'The prompt is short and does not say what "done" looks like.', 'Devin had to guess the scope and how to check the result.', {
      summary: 'Say what done looks like',
      details: 'Name the behaviour to change and how to check it (a test, a command, a page).',
    });
  }
  if (s.repos.length === 0) {
    add('No repository named', 'The session was started without a repository.', 'Devin spent time finding where the code lives.', {
      summary: 'Name the repository',
      details: 'Add owner/repo so Devin starts in the right place.',
    });
  }
  const questions = s.messages.filter((m) => m.source === 'devin' && /[?？]/.test(m.message));
  if (questions.length > 0) {
    add('Clarification needed', `Devin had to ask ${questions.length} question(s) before it could continue.`, 'The session waited for a reply.', {
      summary: 'Answer the likely questions up front',
      details: `Devin asked: ${questions[0]!.message.slice(0, 120)}`,
    });
  }
  if (s.status === 'error') add('Session error', 'The session ended in an error.', 'The work may be incomplete.', null);
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
    issues: issues.map(({ id, label, issue, impact }) => ({ id, label, issue, impact })),
    note_usage: { bad_usages: [], good_usages: [] },
    suggested_prompt: {
      original_prompt: prompt,
      suggested_prompt: lines.join('\n'),
      feedback_items: issues.flatMap((i) => (i.advice ? [{ ...i.advice, excerpt: prompt.slice(0, 80), issue_id: i.id }] : [])),
    },
    timeline: [],
  };
}
