import { useT } from '../i18n/context';

/** The unmistakable DEMO marker: sample data, nothing goes to Devin. */
export function DemoBadge() {
  const t = useT();
  return (
    <span className="demo-badge" title={t('ui.topbar.demoHint')}>
      {t('ui.topbar.demo')}
      <span className="visually-hidden">: {t('ui.topbar.demoHint')}</span>
    </span>
  );
}
