import { BodyFields } from '../http/body-fields';
import { fieldError, validationError, type FieldIssue } from '../http/problem';
import type { PullRequest, ScriptStep } from '../types';

/** Control inputs arrive as JSON over HTTP too, so they are checked like API bodies (422). */

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkPullRequest(v: unknown, loc: (string | number)[], issues: FieldIssue[]): PullRequest | undefined {
  if (!isObject(v) || typeof v.pr_url !== 'string' || (v.pr_state !== null && v.pr_state !== undefined && typeof v.pr_state !== 'string')) {
    issues.push({ loc, msg: 'Expected {pr_url: string, pr_state: string|null}', type: 'value_error' });
    return undefined;
  }
  return { pr_url: v.pr_url, pr_state: (v.pr_state as string | null | undefined) ?? null };
}

/** Validates a lifecycle script. */
export function parseScript(raw: unknown): ScriptStep[] {
  if (!Array.isArray(raw)) throw fieldError(['body', 'script'], 'script must be an array of steps');
  const issues: FieldIssue[] = [];
  const steps = raw.map((v: unknown, i): ScriptStep => {
    const loc = ['body', 'script', i];
    if (!isObject(v) || typeof v.atMs !== 'number' || !Number.isFinite(v.atMs)) {
      issues.push({ loc: [...loc, 'atMs'], msg: 'Each step needs a numeric atMs', type: 'value_error' });
      return { atMs: 0 };
    }
    const step: ScriptStep = { atMs: v.atMs };
    if (v.status !== undefined) {
      if (typeof v.status === 'string') step.status = v.status;
      else issues.push({ loc: [...loc, 'status'], msg: 'status must be a string', type: 'string_type' });
    }
    if (v.status_detail !== undefined) {
      if (v.status_detail === null || typeof v.status_detail === 'string') step.status_detail = v.status_detail;
      else issues.push({ loc: [...loc, 'status_detail'], msg: 'status_detail must be a string or null', type: 'string_type' });
    }
    if (v.message !== undefined) {
      const m = v.message;
      if (isObject(m) && (m.source === 'devin' || m.source === 'user') && typeof m.message === 'string') {
        step.message = { source: m.source, message: m.message };
      } else {
        issues.push({ loc: [...loc, 'message'], msg: "message must be {source: 'devin'|'user', message: string}", type: 'value_error' });
      }
    }
    if (v.pullRequest !== undefined) step.pullRequest = checkPullRequest(v.pullRequest, [...loc, 'pullRequest'], issues);
    if (v.acus !== undefined) {
      if (typeof v.acus === 'number') step.acus = v.acus;
      else issues.push({ loc: [...loc, 'acus'], msg: 'acus must be a number', type: 'float_type' });
    }
    return step;
  });
  if (issues.length > 0) throw validationError(issues);
  return steps;
}

/** Validates pull_requests. */
export function parsePullRequests(raw: unknown): PullRequest[] {
  if (!Array.isArray(raw)) throw fieldError(['body', 'pull_requests'], 'pull_requests must be an array');
  const issues: FieldIssue[] = [];
  const list = raw.map((v: unknown, i) => checkPullRequest(v, ['body', 'pull_requests', i], issues));
  if (issues.length > 0) throw validationError(issues);
  return list.filter((p): p is PullRequest => p !== undefined);
}

/** Type-checks the plain fields of a control session input (422 listing all problems). */
export function checkControlSessionFields(raw: Record<string, unknown>): void {
  const f = new BodyFields(raw);
  for (const name of ['org_id', 'session_id', 'title', 'prompt', 'status', 'status_detail', 'origin', 'user_id', 'service_user_id',
    'playbook_id', 'schedule_id', 'category', 'subcategory', 'parent_session_id']) f.optString(name);
  for (const name of ['tags', 'repos', 'child_session_ids']) f.optStringArray(name);
  for (const name of ['created_at', 'updated_at']) f.optNumber(name, true);
  f.optNumber('acus_consumed');
  f.optBool('is_archived');
  f.optEnum('attachmentsShape', ['array', 'items'] as const);
  f.optObject('structured_output');
  const messages = raw.messages;
  if (messages !== undefined && (!Array.isArray(messages) ||
    !messages.every((m: unknown) => isObject(m) && (m.source === 'devin' || m.source === 'user') && typeof m.message === 'string'))) {
    f.fail('messages', "messages must be [{source: 'devin'|'user', message: string}]");
  }
  f.check();
}
