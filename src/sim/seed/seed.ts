import type { SimControl } from '../control/control';
import type { SimSeed } from '../control/types';
import type { SimState } from '../state';
import type { ScheduleFields } from '../store/schedules';
import { toSec } from '../clock';
import { DEMO_FOLDERS, DEMO_NOTES, DEMO_PLAYBOOKS, DEMO_SCHEDULES } from './demo-content';
import { DEMO_SESSIONS, DEMO_SESSIONS_ORG_2, type DemoSession } from './demo-sessions';
import { seedUsageHistory } from './usage-history';

const ORG = 'org-sim';

/** Org secrets of the demo (their values are placeholders; the API never shows a value anyway). */
const DEMO_SECRETS = [
  { key: 'STAGING_DATABASE_URL', note: 'Read-write role on the staging database', value: 'demo-value-1' },
  { key: 'NPM_TOKEN', note: 'Publishes the @acme packages', value: 'demo-value-2' },
  { key: 'SENTRY_AUTH_TOKEN', note: null, value: 'demo-value-3' },
] as const;
const PERSON = 'user-sim-person';

/** Fills the state for a seed ('empty' leaves it empty). */
export function seedState(control: SimControl, state: SimState, seed: SimSeed): void {
  if (seed === 'demo') seedDemo(control, state);
}

function seedDemo(control: SimControl, state: SimState): void {
  const nowMs = state.clock.nowMs();
  const scheduleIds = seedConfiguration(state, nowMs);
  for (const d of [...DEMO_SESSIONS, ...DEMO_SESSIONS_ORG_2]) seedSession(control, d, nowMs, scheduleIds);
  // Three months of finished, archived sessions and Windsurf/terminal ACUs for the usage screen.
  seedUsageHistory(control, state.usage, { orgId: ORG, days: 89, nowMs });
}

function seedSession(control: SimControl, d: DemoSession, nowMs: number, scheduleIds: Map<string, string>): void {
  const createdSec = toSec(nowMs - d.agoMin * 60_000);
  const sinceCreationMs = nowMs - createdSec * 1000;
  const s = control.createSession({
    ...d.input,
    created_at: createdSec,
    schedule_id: d.scheduleName ? (scheduleIds.get(d.scheduleName) ?? null) : null,
    script: (d.script ?? []).map(({ afterSeedSec, ...step }) => ({ ...step, atMs: sinceCreationMs + afterSeedSec * 1000 })),
  });
  for (const a of d.attachments ?? []) control.addSessionAttachment(s.session_id, a);
}

/** Folders, notes, playbooks and schedules; returns schedule ids by name. */
function seedConfiguration(state: SimState, nowMs: number): Map<string, string> {
  const nowSec = toSec(nowMs);
  const folderIds = new Map<string, string>();
  for (const f of DEMO_FOLDERS) {
    const parent = f.parent === null ? null : (folderIds.get(f.parent) ?? null);
    folderIds.set(f.key, state.knowledge.createFolder(ORG, f.name, parent).folder_id);
  }
  DEMO_NOTES.forEach((n, i) => {
    state.knowledge.create(
      ORG,
      { name: n.name, body: n.body, trigger: n.trigger, folder_id: folderIds.get(n.folder) ?? null, pinned_repo: n.pinned_repo, is_enabled: true },
      nowSec - (30 - i) * 86_400,
    );
  });
  DEMO_SECRETS.forEach((x, i) => {
    state.secrets.create(ORG, { key: x.key, value: x.value, secret_type: 'key-value', is_sensitive: true, note: x.note }, PERSON, nowSec - (25 - i) * 86_400);
  });
  const playbookIds = new Map<string, string>();
  DEMO_PLAYBOOKS.forEach((p, i) => {
    const created = state.playbooks.create(ORG, { title: p.title, body: p.body, macro: p.macro }, PERSON, nowSec - (20 - i) * 86_400);
    playbookIds.set(p.title, created.playbook_id);
  });
  const scheduleIds = new Map<string, string>();
  DEMO_SCHEDULES.forEach((s, i) => {
    const fields: ScheduleFields = {
      name: s.name, prompt: s.prompt, agent: 'devin', enabled: true, schedule_type: 'recurring', frequency: s.frequency,
      scheduled_at: null, notify_on: s.notify_on, playbook_id: s.playbook ? (playbookIds.get(s.playbook) ?? null) : null,
      create_as_user_id: null, bypass_approval: null, interval_count: null, platform: null, slack_channel_id: null,
      slack_team_id: null, tags: null, target_devin_id: null,
    };
    const created = state.schedules.create(ORG, fields, PERSON, nowMs - (14 - i) * 86_400_000);
    state.schedules.recordRun(created.schedule_id, s.lastRun.ok, s.lastRun.error, nowMs - s.lastRun.agoHours * 3_600_000);
    scheduleIds.set(s.name, created.schedule_id);
  });
  return scheduleIds;
}
