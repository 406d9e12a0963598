import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n/context';
import { useAccount, useAppStore, useSettings } from '../store/hooks';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';
import { CheckIcon } from '../ui/icons';
import { toUiError } from '../ui/ui-error';
import { apiUrlNote, checkApiBaseUrl } from './api-url';
import { SettingsSection } from '../ui/SettingsSection';

/**
 * The API origin, validated here before it is saved (main validates again). The draft only
 * exists while editing, so a change made elsewhere shows up when the field is untouched. The
 * section says where the key is bound: saving another origin while signed in is decided by main
 * (its own dialog: yes signs out, so the key is asked for again at the new origin; no changes
 * nothing and is not an error here). When DEVIN_API_URL overrides the setting, it says so.
 */
export function ApiUrlSection() {
  const t = useT();
  const store = useAppStore();
  const { apiBaseUrl } = useSettings();
  const account = useAccount();
  const note = apiUrlNote(apiBaseUrl, account);
  const bound = boundNote(account);
  const [draft, setDraft] = useState<string | null>(null);
  const [showProblem, setShowProblem] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();

  const value = draft ?? apiBaseUrl;
  const check = checkApiBaseUrl(value);
  const problem = showProblem && !check.ok ? t(`ui.settings.apiUrl.${check.problem}`) : null;
  const message = problem ?? saveError;
  const unchanged = draft === null || (check.ok && check.value === apiBaseUrl);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (saving || unchanged) return;
    if (!check.ok) {
      setShowProblem(true);
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await store.updateSettings({ apiBaseUrl: check.value });
      setDraft(null);
      setShowProblem(false);
      setSaved(true);
    } catch (err) {
      const error = toUiError(err, t);
      // "Cancel" in main's dialog: nothing changed, the draft stays for another try.
      if (error.code !== 'CANCELLED') setSaveError(t('ui.settings.saveFailed', { detail: error.message }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <SettingsSection title={t('ui.settings.connection')}>
      <form className="settings-card" onSubmit={(e) => void save(e)} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            {t('ui.settings.apiUrl')}
          </label>
          <div className="input-with-button">
            <input
              id={inputId}
              type="url"
              className="mono"
              value={value}
              onChange={(e) => {
                setDraft(e.target.value);
                setSaved(false);
                setSaveError(null);
              }}
              onBlur={() => draft !== null && setShowProblem(true)}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `${errorId} ${helpId}` : helpId}
            />
            <Button type="submit" busy={saving} disabled={unchanged}>
              {saving ? t('ui.settings.saving') : t('ui.settings.save')}
            </Button>
          </div>
          <p className="field-help" id={helpId}>
            {t('ui.settings.apiUrlHelp')}
          </p>
          {bound && <p className="field-help">{t(bound.key, { origin: bound.origin })}</p>}
          {note && <p className="field-note">{t(note.kind === 'env' ? 'ui.settings.apiUrlEnv' : 'ui.settings.apiUrlPending', { url: note.url })}</p>}
          <div aria-live="polite">
            {saved && (
              <p className="saved-note">
                <CheckIcon size={13} />
                {t('ui.settings.saved')}
              </p>
            )}
          </div>
        </div>
        {message && <InlineError id={errorId} message={message} />}
      </form>
    </SettingsSection>
  );
}

/** What the section says about the key's binding: to the signed-in origin, or (demo) that the real key stays bound. */
function boundNote(account: { signedIn: boolean; demo: boolean; apiBaseUrl: string; apiBaseUrlFromEnv: boolean }): { key: 'ui.settings.apiUrlBound' | 'ui.settings.apiUrlBoundDemo'; origin: string } | null {
  if (account.demo) return { key: 'ui.settings.apiUrlBoundDemo', origin: '' };
  if (!account.signedIn || account.apiBaseUrlFromEnv) return null;
  const active = checkApiBaseUrl(account.apiBaseUrl);
  return { key: 'ui.settings.apiUrlBound', origin: active.ok ? active.value : account.apiBaseUrl };
}
