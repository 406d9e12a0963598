import { lazy } from 'react';
import type { ComponentType } from 'react';
import { SessionsPage } from '../sections/SessionsPage';
import type { SectionId } from './sections';

// Only Sessions, the landing page, is in the first chunk. Every other section loads the first time
// it opens (a few ms from the app's own files; the Shell's Suspense shows a one-line fallback):
// Schedules brings the cron tools (croner, cronstrue and its Chinese locale, the schedule and cron
// editors), Knowledge and Playbooks their Markdown editors, Handoff its screen (its controller,
// which tray items and links reach, stays in the first chunk).
const HandoffPage = lazy(() => import('../sections/HandoffPage').then((m) => ({ default: m.HandoffPage })));
const KnowledgeScreen = lazy(() => import('../features/knowledge').then((m) => ({ default: m.KnowledgeScreen })));
const PlaybooksScreen = lazy(() => import('../features/playbooks').then((m) => ({ default: m.PlaybooksScreen })));
const SchedulesScreen = lazy(() => import('../features/schedules').then((m) => ({ default: m.SchedulesScreen })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
// Usage brings the chart library (uPlot) with its chart, a chunk of its own.
const UsageScreen = lazy(() => import('../features/usage').then((m) => ({ default: m.UsageScreen })));

/** Which page renders for each section. */
export const PAGES: Record<SectionId, ComponentType> = {
  sessions: SessionsPage,
  handoff: HandoffPage,
  knowledge: KnowledgeScreen,
  playbooks: PlaybooksScreen,
  schedules: SchedulesScreen,
  usage: UsageScreen,
  settings: SettingsPage,
};
