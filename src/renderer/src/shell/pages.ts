import type { ComponentType } from 'react';
import { HandoffPage } from '../sections/HandoffPage';
import { KnowledgeScreen } from '../features/knowledge';
import { PlaybooksScreen } from '../features/playbooks';
import { SchedulesScreen } from '../features/schedules';
import { SessionsPage } from '../sections/SessionsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { UsagePage } from '../sections/UsagePage';
import type { SectionId } from './sections';

/** Which page renders for each section. */
export const PAGES: Record<SectionId, ComponentType> = {
  sessions: SessionsPage,
  handoff: HandoffPage,
  knowledge: KnowledgeScreen,
  playbooks: PlaybooksScreen,
  schedules: SchedulesScreen,
  usage: UsagePage,
  settings: SettingsPage,
};
