import { Suspense, useEffect } from 'react';
import { useT } from '../i18n/context';
import { NoticeBanners } from '../notices/NoticeBanners';
import { ShortcutsHelp } from '../features/shortcuts';
import { useAppInfo, useSettings } from '../store/hooks';
import { PAGES } from './pages';
import { SECTIONS } from './sections';
import { isMacPlatform } from './section-shortcut';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useDesktopNavigation } from './useDesktopNavigation';
import { useHashSection } from './useHashSection';
import { useOpenSessionRequests } from './useOpenSessionRequests';
import { useSectionShortcuts } from './useSectionShortcuts';
import './shell.css';

/**
 * The signed-in app: sidebar, top bar, notices and the current section's page; routes what main
 * asks for (sessions to open, tray and deep-link navigation) and owns the `?` shortcut sheet.
 */
export function Shell() {
  const t = useT();
  const info = useAppInfo();
  const { globalShortcut } = useSettings();
  const isMac = isMacPlatform(info?.platform);
  const [section, navigate] = useHashSection();
  useSectionShortcuts(isMac, navigate);
  useOpenSessionRequests();
  useDesktopNavigation(navigate);

  const meta = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  const title = meta ? t(meta.labelKey) : '';
  useEffect(() => {
    document.title = t('ui.window.title', { section: title });
  }, [t, title]);

  const Page = PAGES[section];
  return (
    <div className="shell">
      <Sidebar current={section} isMac={isMac} onNavigate={navigate} />
      <div className="shell-main">
        <TopBar title={title} />
        <NoticeBanners />
        <main className="content" id="main" aria-label={title}>
          {/* Keyed by section: a section always mounts afresh (and loads its data), as before lazy loading. */}
          <Suspense key={section} fallback={<p className="page-loading" role="status">{t('ui.boot.loading')}</p>}>
            <Page />
          </Suspense>
        </main>
      </div>
      <ShortcutsHelp isMac={isMac} globalShortcut={globalShortcut} />
    </div>
  );
}
