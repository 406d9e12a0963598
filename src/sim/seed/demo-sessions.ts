import type { ControlAttachmentInput, ControlSessionInput } from '../control/types';
import type { ScriptStep } from '../types';

/**
 * The demo org's sessions. Times are relative to the moment the sim is seeded: `agoMin` is how
 * long before that the session was created; script steps use `at(sec)` = seconds after seeding,
 * so the demo keeps moving for about ten minutes.
 */
export interface DemoSession {
  agoMin: number;
  input: Omit<ControlSessionInput, 'created_at' | 'script'>;
  /** Steps with `afterSeedSec` instead of atMs. */
  script?: (Omit<ScriptStep, 'atMs'> & { afterSeedSec: number })[];
  attachments?: ControlAttachmentInput[];
  /** Link to the seeded schedule with this name. */
  scheduleName?: string;
}

const PERSON = { user_id: 'user-sim-person', service_user_id: null };

const FEEDBACK_SUMMARY = `# Q3 customer feedback — summary

1,240 survey responses, 9 themes. Top three:

| Theme | Share | Trend vs Q2 |
|---|---|---|
| Slow dashboard load on large accounts | 23% | ▲ +6 pts |
| Confusing invoice line items | 17% | ▼ −2 pts |
| Requests for SSO with Okta | 12% | ▲ +4 pts |

Representative quote: "The dashboard takes 10+ seconds when we open the usage tab."
`;

const FEEDBACK_THEMES = `theme,responses,share
slow dashboard,285,0.23
invoice line items,211,0.17
okta sso,149,0.12
export to csv,118,0.095
mobile layout,96,0.077
`;

const SURVEY_LOG = `2025-10-01T09:00:03Z loaded 1240 rows from survey_q3.xlsx
2025-10-01T09:00:05Z dropped 31 empty responses
2025-10-01T09:00:41Z clustered into 9 themes (k-means, k=9, silhouette 0.41)
`;

export const DEMO_SESSIONS: DemoSession[] = [
  {
    agoMin: 12,
    input: {
      title: 'Fix flaky checkout test in payments-service',
      tags: ['flaky-tests', 'payments'],
      repos: ['acme/payments-service'],
      category: 'bug_fixing',
      origin: 'webapp',
      ...PERSON,
      status: 'running',
      status_detail: 'working',
      acus_consumed: 1.2,
      messages: [
        { source: 'user', message: 'The `checkout completes with saved card` test fails about once a day in CI. Please find out why and fix it.' },
        { source: 'devin', message: "I'll start by running the test in a loop to reproduce the flake." },
      ],
    },
    script: [
      { afterSeedSec: 20, message: { source: 'devin', message: 'Reproduced: it fails about 1 run in 8. The mock clock is not reset between tests, so the card expiry check sometimes sees next month.' } },
      { afterSeedSec: 90, acus: 2.4 },
      { afterSeedSec: 150, pullRequest: { pr_url: 'https://github.com/acme/payments-service/pull/482', pr_state: 'open' }, message: { source: 'devin', message: 'Opened a PR that resets the clock in `afterEach` and pins the test date.' } },
      { afterSeedSec: 240, status: 'running', status_detail: 'finished', acus: 3.1, message: { source: 'devin', message: 'Done. 200 consecutive runs passed locally and CI is green on the PR.' } },
    ],
  },
  {
    agoMin: 25,
    input: {
      title: 'Upgrade React Router to v7 in web-dashboard',
      tags: ['frontend', 'upgrade'],
      repos: ['acme/web-dashboard'],
      category: 'migrations_and_upgrades',
      origin: 'slack',
      status: 'running',
      status_detail: 'working',
      acus_consumed: 4.0,
      messages: [{ source: 'devin', message: 'Starting the upgrade. I will follow the official v6 → v7 migration guide route by route.' }],
    },
    script: [
      { afterSeedSec: 45, message: { source: 'devin', message: 'Updated 14 route modules to the new data APIs; type check passes.' }, acus: 4.6 },
      { afterSeedSec: 200, status: 'running', status_detail: 'waiting_for_user', message: { source: 'devin', message: 'Two routes use a custom `useBlocker` shim. Should I replace it with the built-in API (small behaviour change on back navigation) or keep the shim?' } },
    ],
  },
  {
    agoMin: 120,
    input: {
      title: 'Add OpenTelemetry tracing to the ingest worker',
      tags: ['observability'],
      repos: ['acme/ingest-worker'],
      category: 'feature_development',
      origin: 'slack',
      status: 'running',
      status_detail: 'waiting_for_user',
      acus_consumed: 2.7,
      messages: [
        { source: 'devin', message: 'Spans are in place for the queue consumer and the S3 writer.' },
        { source: 'devin', message: 'Which exporter should I configure: OTLP over gRPC (port 4317) or OTLP over HTTP (port 4318)?' },
      ],
    },
  },
  {
    agoMin: 40,
    input: {
      title: 'Rotate staging database credentials',
      tags: ['ops', 'security'],
      repos: ['acme/infra'],
      category: 'ci_cd_and_devops',
      origin: 'webapp',
      ...PERSON,
      status: 'running',
      status_detail: 'waiting_for_approval',
      acus_consumed: 0.8,
      messages: [{ source: 'devin', message: 'Ready to run `terraform apply` on the staging workspace (1 to change: aws_db_instance.staging password). Approve?' }],
    },
  },
  {
    agoMin: 26 * 60,
    input: {
      title: 'Migrate CI from CircleCI to GitHub Actions',
      tags: ['ci'],
      repos: ['acme/web-dashboard'],
      category: 'ci_cd_and_devops',
      origin: 'api',
      status: 'running',
      status_detail: 'finished',
      acus_consumed: 7.5,
      pull_requests: [{ pr_url: 'https://github.com/acme/web-dashboard/pull/1310', pr_state: 'merged' }],
      messages: [{ source: 'devin', message: 'The workflow runs in 6m40s (CircleCI: 11m05s). PR merged by @mara.' }],
    },
  },
  {
    agoMin: 180,
    input: {
      title: 'Investigate memory leak in notification service',
      tags: ['performance'],
      repos: ['acme/notifier'],
      category: 'research_and_exploration',
      origin: 'jira',
      status: 'error',
      status_detail: null,
      acus_consumed: 5.2,
      messages: [{ source: 'devin', message: 'The heap snapshot job filled the VM disk and the session could not continue.' }],
    },
  },
  {
    agoMin: 6 * 60,
    input: {
      title: 'Write unit tests for billing proration',
      tags: ['tests', 'billing'],
      repos: ['acme/billing'],
      category: 'unit_test_generation',
      origin: 'webapp',
      ...PERSON,
      status: 'suspended',
      status_detail: 'inactivity',
      acus_consumed: 1.9,
      messages: [{ source: 'devin', message: 'Should proration round to the cent per line item or on the invoice total?' }],
    },
  },
  {
    agoMin: 3 * 24 * 60,
    input: {
      title: 'Document public REST endpoints',
      tags: ['docs'],
      repos: ['acme/api-gateway'],
      category: 'documentation_and_content',
      origin: 'webapp',
      status: 'exit',
      status_detail: null,
      is_archived: true,
      acus_consumed: 3.3,
      pull_requests: [{ pr_url: 'https://github.com/acme/api-gateway/pull/77', pr_state: 'merged' }],
    },
  },
  {
    agoMin: 5,
    input: {
      title: 'Refactor auth middleware to async/await',
      tags: ['refactor'],
      repos: ['acme/api-gateway'],
      category: 'refactoring_and_optimization',
      origin: 'cli',
      status: 'running',
      status_detail: 'working',
      acus_consumed: 0.6,
    },
    script: [
      { afterSeedSec: 30, message: { source: 'devin', message: 'Converted the callback chain in `verifySession` to async/await.' } },
      { afterSeedSec: 120, pullRequest: { pr_url: 'https://github.com/acme/api-gateway/pull/81', pr_state: 'draft' }, acus: 1.4 },
      { afterSeedSec: 300, message: { source: 'devin', message: 'Running the full integration suite (about 3 minutes).' } },
      { afterSeedSec: 420, status: 'running', status_detail: 'finished', pullRequest: { pr_url: 'https://github.com/acme/api-gateway/pull/81', pr_state: 'open' }, acus: 2.2, message: { source: 'devin', message: 'All 312 tests pass. The PR is ready for review.' } },
    ],
  },
  {
    agoMin: 0,
    input: {
      title: 'Bump lodash to 4.17.21 (CVE-2021-23337)',
      tags: ['handoff', 'security'],
      repos: ['acme/web-dashboard'],
      category: 'code_quality_and_security',
      origin: 'desktop',
      ...PERSON,
      status: 'new',
      status_detail: null,
    },
    script: [
      { afterSeedSec: 2, status: 'running', status_detail: 'working', message: { source: 'devin', message: 'On it' } },
      { afterSeedSec: 60, pullRequest: { pr_url: 'https://github.com/acme/web-dashboard/pull/1333', pr_state: 'open' }, acus: 0.7 },
      { afterSeedSec: 95, status: 'running', status_detail: 'finished', message: { source: 'devin', message: 'Bumped lodash and regenerated the lockfile; no API changes affect us.' } },
    ],
  },
  {
    agoMin: 2 * 24 * 60,
    scheduleName: 'Weekly metrics report',
    input: {
      title: 'Weekly metrics report',
      tags: ['report'],
      category: 'data_and_automation',
      origin: 'automation',
      status: 'exit',
      status_detail: null,
      acus_consumed: 1.1,
      messages: [{ source: 'devin', message: 'Posted the weekly metrics report to #metrics.' }],
    },
  },
  {
    agoMin: 8,
    input: {
      title: 'Summarise customer feedback from the Q3 survey',
      tags: ['research'],
      category: 'research_and_exploration',
      origin: 'webapp',
      ...PERSON,
      status: 'running',
      status_detail: 'working',
      acus_consumed: 0.9,
    },
    attachments: [
      { name: 'feedback-summary.md', text: FEEDBACK_SUMMARY, content_type: 'text/markdown' },
      { name: 'themes.csv', text: FEEDBACK_THEMES },
      { name: 'clustering.log', text: SURVEY_LOG },
    ],
    script: [
      { afterSeedSec: 60, message: { source: 'devin', message: 'Clustered 1,240 responses into 9 themes.' } },
      { afterSeedSec: 180, acus: 1.8 },
      { afterSeedSec: 400, status: 'running', status_detail: 'waiting_for_user', message: { source: 'devin', message: 'The summary is ready (see attachments). Do you also want a slide deck?' } },
      { afterSeedSec: 600, status: 'suspended', status_detail: 'inactivity' },
    ],
  },
];

/** A couple of sessions in the enterprise's second org. */
export const DEMO_SESSIONS_ORG_2: DemoSession[] = [
  {
    agoMin: 15,
    input: { org_id: 'org-sim-2', title: 'Audit IAM roles for unused permissions', tags: ['security'], origin: 'api', status: 'running', status_detail: 'working', acus_consumed: 1.5 },
    attachments: [{ name: 'iam-roles.csv', text: 'role,unused_permissions\nci-deployer,s3:DeleteBucket\nreporting,iam:PassRole\n', content_type: 'text/csv' }],
    script: [{ afterSeedSec: 300, status: 'running', status_detail: 'finished', message: { source: 'devin', message: 'Found 7 roles with unused write permissions; report attached to the ticket.' } }],
  },
  {
    agoMin: 30 * 60,
    input: { org_id: 'org-sim-2', title: 'Fix nightly data export', tags: ['data'], origin: 'automation', status: 'exit', status_detail: null, acus_consumed: 2.0 },
  },
];
