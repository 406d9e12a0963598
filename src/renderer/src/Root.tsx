import { App } from './App';
import { hasBridge } from './bridge';
import { I18nProvider } from './i18n/I18nProvider';
import { StoreProvider } from './store/StoreProvider';
import { useLoadedLocale } from './i18n/useLoadedLocale';
import { translate, resolveLocale } from '../../shared/i18n';

/** Everything the renderer mounts: store, i18n, app. Tests render this over a fake bridge. */
export function Root() {
  if (!hasBridge()) return <NoBridge />;
  return (
    <StoreProvider>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StoreProvider>
  );
}

/** Opened outside the app (e.g. the HTML file in a browser): say so instead of a blank page. */
function NoBridge() {
  const locale = useLoadedLocale(resolveLocale(navigator.language));
  if (!locale) return null;
  return (
    <div className="boot">
      <p className="boot-card">{translate(locale, 'ui.boot.noBridge')}</p>
    </div>
  );
}
