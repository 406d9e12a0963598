import { useEffect, useId, useState } from 'react';
import { acuInputText, parseAcuInput } from '../../../../shared/usage/acu-input';
import { formatUsageAcus } from '../../../../shared/usage/format-usage';
import { formatDateTime } from '../../../../shared/intl/date-time';
import type { UsageSettings } from '../../../../shared/usage/usage-settings';
import type { UsageToday } from '../../../../shared/usage/usage-view';
import { getBridge } from '../../bridge';
import { useLocale, useT } from '../../i18n/context';
import { useSettings } from '../../store/hooks';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { SettingsSection } from '../../ui/SettingsSection';
import { toUiError } from '../../ui/ui-error';
import './usage-inline.css';

type FieldName = keyof UsageSettings;
/** `help` sits under its field: the budgets' note after the second budget, the limit's under the limit. */
const FIELDS: readonly {
  name: FieldName;
  label: 'ui.settings.usage.daily' | 'ui.settings.usage.monthly' | 'ui.settings.usage.defaultMax';
  whole: boolean;
  help?: 'ui.settings.usage.help' | 'ui.settings.usage.defaultMaxHelp';
}[] = [
  { name: 'dailyBudgetAcus', label: 'ui.settings.usage.daily', whole: false },
  { name: 'monthlyBudgetAcus', label: 'ui.settings.usage.monthly', whole: false, help: 'ui.settings.usage.help' },
  { name: 'defaultMaxAcuLimit', label: 'ui.settings.usage.defaultMax', whole: true, help: 'ui.settings.usage.defaultMaxHelp' },
];

/** Today's ACUs as main last read them (pushed as `usage:today`). */
function useUsageToday(): UsageToday | null {
  const [today, setToday] = useState<UsageToday | null>(null);
  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    bridge.usage.today().then(
      (v) => live && setToday(v),
      () => undefined,
    );
    const off = bridge.on('usage:today', setToday);
    return () => {
      live = false;
      off();
    };
  }, []);
  return today;
}

/**
 * Settings › Usage and budgets: a daily and a monthly ACU budget (a notification at 80% and at
 * 100%), the composer's default max ACUs per session, and today's figure so far. Saved together;
 * a figure that is not a number above 0 is refused with its field named, and nothing is saved.
 */
export function UsageSettingsSection() {
  const t = useT();
  const locale = useLocale();
  const saved = useSettings().usage;
  const today = useUsageToday();
  const baseId = useId();
  const [text, setText] = useState<Record<FieldName, string>>(() => ({
    dailyBudgetAcus: acuInputText(saved.dailyBudgetAcus),
    monthlyBudgetAcus: acuInputText(saved.monthlyBudgetAcus),
    defaultMaxAcuLimit: acuInputText(saved.defaultMaxAcuLimit),
  }));
  const [invalid, setInvalid] = useState<ReadonlySet<FieldName>>(new Set());
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const parsed = FIELDS.map((f) => [f.name, parseAcuInput(text[f.name], { whole: f.whole })] as const);
    const bad = new Set(parsed.filter(([, p]) => !p.ok).map(([n]) => n));
    setInvalid(bad);
    setError(null);
    if (bad.size > 0) {
      document.getElementById(`${baseId}-${[...bad][0]}`)?.focus();
      return;
    }
    const patch = Object.fromEntries(parsed.map(([n, p]) => [n, p.ok ? p.value : null])) as Partial<UsageSettings>;
    setStatus('saving');
    try {
      const next = await getBridge().usage.setSettings(patch);
      setText({ dailyBudgetAcus: acuInputText(next.dailyBudgetAcus), monthlyBudgetAcus: acuInputText(next.monthlyBudgetAcus), defaultMaxAcuLimit: acuInputText(next.defaultMaxAcuLimit) });
      setStatus('saved');
    } catch (err) {
      setStatus('idle');
      setError(t('ui.settings.saveFailed', { detail: toUiError(err, t).message }));
    }
  };

  let todayLine: string;
  if (today?.forbidden) todayLine = t('ui.settings.usage.todayForbidden');
  else if (today?.acus !== null && today?.acus !== undefined && today.asOfMs !== null)
    todayLine = t('ui.settings.usage.today', { acus: formatUsageAcus(today.acus, locale), time: formatDateTime(today.asOfMs, locale, 'time') });
  else todayLine = t('ui.settings.usage.todayUnknown');

  return (
    <SettingsSection title={t('ui.settings.usage.title')}>
      <form
        className="settings-card usage-settings"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="field-help" data-testid="usage-today">
          {todayLine}
        </p>
        {FIELDS.map((f) => {
          const id = `${baseId}-${f.name}`;
          const bad = invalid.has(f.name);
          const budget = f.name !== 'defaultMaxAcuLimit';
          return (
            <div key={f.name} className="field usage-settings-field">
              <label className="field-label" htmlFor={id}>
                {t(f.label)}
              </label>
              <input
                id={id}
                type="text"
                inputMode={f.whole ? 'numeric' : 'decimal'}
                value={text[f.name]}
                maxLength={12}
                placeholder={budget ? t('ui.settings.usage.none') : t('ui.settings.usage.orgDefault')}
                aria-invalid={bad || undefined}
                aria-describedby={[bad ? `${id}-error` : '', f.help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined}
                onChange={(e) => {
                  setText((v) => ({ ...v, [f.name]: e.target.value }));
                  setStatus('idle');
                }}
              />
              {bad && (
                <p className="field-error" id={`${id}-error`}>
                  {f.whole ? t('ui.settings.usage.invalidWhole') : t('ui.settings.usage.invalidNumber')}
                </p>
              )}
              {f.help && (
                <p className="field-help" id={`${id}-help`}>
                  {t(f.help)}
                </p>
              )}
            </div>
          );
        })}
        <div className="usage-settings-actions">
          <Button type="submit" size="sm" busy={status === 'saving'}>
            {t('ui.settings.usage.save')}
          </Button>
          <span role="status" className="field-help">
            {status === 'saved' ? t('ui.settings.usage.saved') : ''}
          </span>
        </div>
        {error && <InlineError message={error} />}
      </form>
    </SettingsSection>
  );
}
