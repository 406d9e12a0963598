/** Knowledge notes, playbooks and schedules of the demo org (org-sim). */

export const DEMO_FOLDERS = [
  { key: 'eng', name: 'Engineering', parent: null },
  { key: 'backend', name: 'Backend', parent: 'eng' },
  { key: 'ops', name: 'Operations', parent: null },
] as const;

export const DEMO_NOTES = [
  {
    folder: 'eng',
    name: 'Run tests before opening a PR',
    trigger: 'When opening or updating a pull request',
    body: 'Run `npm test` and `npm run lint` and make sure both pass before opening a PR. Mention any test you skipped and why.',
    pinned_repo: null,
  },
  {
    folder: 'backend',
    name: 'Payments service conventions',
    trigger: 'When working in acme/payments-service',
    body: 'Money is stored as integer cents. Never use floats for amounts. All new endpoints need an idempotency key.',
    pinned_repo: 'acme/payments-service',
  },
  {
    folder: 'ops',
    name: 'On-call escalation',
    trigger: 'When a production incident is mentioned',
    body: 'Page the on-call engineer through PagerDuty service "core-platform" and post in #incidents before changing anything in production.',
    pinned_repo: null,
  },
] as const;

export const DEMO_PLAYBOOKS = [
  {
    title: 'Triage a bug report',
    macro: '!triage',
    body: '1. Reproduce the bug and record the exact steps.\n2. Find the smallest failing test.\n3. Fix it, add the test, and open a PR that links the report.',
  },
  {
    title: 'Dependency upgrade',
    macro: '!dep-upgrade',
    body: '1. Read the changelog between the versions.\n2. Upgrade one package at a time and run the full test suite.\n3. Summarise breaking changes in the PR description.',
  },
] as const;

export const DEMO_SCHEDULES = [
  {
    name: 'Nightly dependency audit',
    prompt: 'Run `npm audit` on acme/web-dashboard and open a PR for any fix that does not need a major upgrade.',
    frequency: '0 2 * * *',
    playbook: 'Dependency upgrade',
    notify_on: 'failure',
    lastRun: { agoHours: 20, ok: true, error: null },
  },
  {
    name: 'Weekly metrics report',
    prompt: 'Collect last week’s deploy count, lead time and incident count and post a summary to #metrics.',
    frequency: '0 9 * * 1',
    playbook: null,
    notify_on: 'always',
    lastRun: { agoHours: 48, ok: false, error: 'Session exceeded its ACU limit' },
  },
] as const;
