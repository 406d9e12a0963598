import type { MouseEvent } from 'react';
import { useT } from '../i18n/context';
import { AppMark } from '../ui/icons';
import { SECTIONS, hashForSection } from './sections';
import type { SectionId, SectionMeta } from './sections';
import { shortcutLabel } from './section-shortcut';

/** Left navigation. Settings sits apart at the bottom, as in most desktop apps. */
export function Sidebar({
  current,
  isMac,
  onNavigate,
}: {
  current: SectionId;
  isMac: boolean;
  onNavigate: (id: SectionId) => void;
}) {
  const t = useT();
  const item = (s: SectionMeta, index: number) => {
    const label = t(s.labelKey);
    const keys = shortcutLabel(index + 1, isMac);
    const onClick = (e: MouseEvent) => {
      e.preventDefault();
      onNavigate(s.id);
    };
    return (
      <li key={s.id}>
        <a
          href={hashForSection(s.id)}
          className="nav-item"
          aria-current={s.id === current ? 'page' : undefined}
          title={t('ui.nav.shortcut', { label, keys })}
          aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${index + 1}`}
          onClick={onClick}
        >
          <s.Icon size={16} />
          <span className="nav-label">{label}</span>
          <kbd className="nav-kbd" aria-hidden="true">
            {keys}
          </kbd>
        </a>
      </li>
    );
  };
  const main = SECTIONS.filter((s) => s.id !== 'settings');
  const settingsIndex = SECTIONS.findIndex((s) => s.id === 'settings');
  const settings = SECTIONS[settingsIndex];
  return (
    <nav className="sidebar" aria-label={t('ui.nav.label')}>
      <div className="sidebar-brand">
        <AppMark size={20} />
        <span className="sidebar-brand-name">{t('ui.app.name')}</span>
      </div>
      <ul className="nav-list">{main.map((s) => item(s, SECTIONS.indexOf(s)))}</ul>
      {settings && <ul className="nav-list nav-list-bottom">{item(settings, settingsIndex)}</ul>}
    </nav>
  );
}
