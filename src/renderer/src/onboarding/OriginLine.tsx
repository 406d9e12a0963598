import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/context';
import { checkApiBaseUrl } from '../settings/api-url';
import { useAccount, useAppStore } from '../store/hooks';
import { Button } from '../ui/Button';
import { KeyIcon } from '../ui/icons';
import { toUiError } from '../ui/ui-error';

/**
 * The API origin a key typed here will be checked at and bound to (main never sends it anywhere
 * else). Signed out, no key is at stake, so the address can be changed right here (a dedicated
 * Devin host); signed in, Settings › Connection changes it after main's own confirmation.
 * A div, not a form: it sits inside the key form, and Enter here must not sign in.
 */
export function OriginLine({ id }: { id: string }) {
  const t = useT();
  const store = useAppStore();
  const { apiBaseUrl, apiBaseUrlFromEnv } = useAccount();
  const origin = originOf(apiBaseUrl);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const problemId = useId();

  async function save() {
    if (draft === null || saving) return;
    const check = checkApiBaseUrl(draft);
    if (!check.ok) {
      setProblem(t(`ui.settings.apiUrl.${check.problem}`));
      return;
    }
    setSaving(true);
    try {
      await store.updateSettings({ apiBaseUrl: check.value });
      setDraft(null);
      setProblem(null);
    } catch (err) {
      setProblem(toUiError(err, t).message);
    } finally {
      setSaving(false);
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
      setProblem(null);
    }
  };

  return (
    <div className="key-origin" id={id}>
      <KeyIcon size={14} />
      <div className="key-origin-body">
        {draft === null ? (
          <>
            <span>{t('ui.onboarding.boundTo')}</span>
            <span className="key-origin-row">
              <code className="key-origin-host">{origin}</code>
              {!apiBaseUrlFromEnv && (
                <Button variant="link" onClick={() => setDraft(origin)}>
                  {t('ui.onboarding.changeOrigin')}
                </Button>
              )}
            </span>
            <span className="key-origin-note">{t(apiBaseUrlFromEnv ? 'ui.onboarding.boundToEnv' : 'ui.onboarding.boundToNote')}</span>
          </>
        ) : (
          <>
            <label className="field-label" htmlFor={inputId}>
              {t('ui.settings.apiUrl')}
            </label>
            <span className="key-origin-row">
              <input
                id={inputId}
                type="url"
                className="mono"
                value={draft}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? problemId : undefined}
                onChange={(e) => {
                  setDraft(e.target.value);
                  setProblem(null);
                }}
                onKeyDown={onKeyDown}
              />
              <Button size="sm" busy={saving} onClick={() => void save()}>
                {t('ui.settings.save')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setDraft(null);
                  setProblem(null);
                }}
              >
                {t('ui.onboarding.cancel')}
              </Button>
            </span>
            {problem ? (
              <span className="key-origin-problem" id={problemId} role="alert">
                {problem}
              </span>
            ) : (
              <span className="key-origin-note">{t('ui.settings.apiUrlHelp')}</span>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** The origin a base URL sends requests to, as the key is bound to it (the URL itself when it does not parse). */
function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return baseUrl;
  }
}
