import type { ComponentType } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { IconProps } from '../ui/icons';
import { HandoffIcon, KnowledgeIcon, PlaybooksIcon, SchedulesIcon, SessionsIcon, SettingsIcon, UsageIcon } from '../ui/icons';

export const SECTION_IDS = ['sessions', 'handoff', 'knowledge', 'playbooks', 'schedules', 'usage', 'settings'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionMeta {
  id: SectionId;
  labelKey: MessageKey;
  Icon: ComponentType<IconProps>;
}

/** The sidebar's order is also the Ctrl/Cmd+1…7 order. */
export const SECTIONS: readonly SectionMeta[] = [
  { id: 'sessions', labelKey: 'ui.nav.sessions', Icon: SessionsIcon },
  { id: 'handoff', labelKey: 'ui.nav.handoff', Icon: HandoffIcon },
  { id: 'knowledge', labelKey: 'ui.nav.knowledge', Icon: KnowledgeIcon },
  { id: 'playbooks', labelKey: 'ui.nav.playbooks', Icon: PlaybooksIcon },
  { id: 'schedules', labelKey: 'ui.nav.schedules', Icon: SchedulesIcon },
  { id: 'usage', labelKey: 'ui.nav.usage', Icon: UsageIcon },
  { id: 'settings', labelKey: 'ui.nav.settings', Icon: SettingsIcon },
];

export const DEFAULT_SECTION: SectionId = 'sessions';

/** "#/handoff" or "#/handoff/anything" → 'handoff'; unknown or empty → the default section. */
export function sectionFromHash(hash: string): SectionId {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (SECTION_IDS as readonly string[]).includes(first) ? (first as SectionId) : DEFAULT_SECTION;
}

export function hashForSection(id: SectionId): string {
  return `#/${id}`;
}
