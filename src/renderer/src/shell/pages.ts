import type { ComponentType } from 'react';
import { HandoffPage } from '../sections/HandoffPage';
import { KnowledgePage } from '../sections/KnowledgePage';
import { PlaybooksPage } from '../sections/PlaybooksPage';
import { SchedulesPage } from '../sections/SchedulesPage';
import { SessionsPage } from '../sections/SessionsPage';
import { SettingsPage } from '../settings/SettingsPage';
import type { SectionId } from './sections';

/** Which page renders for each section. */
export const PAGES: Record<SectionId, ComponentType> = {
  sessions: SessionsPage,
  handoff: HandoffPage,
  knowledge: KnowledgePage,
  playbooks: PlaybooksPage,
  schedules: SchedulesPage,
  settings: SettingsPage,
};
