import { useState } from 'react';
import type { Ref } from 'react';
import { useT } from '../i18n/context';
import { EyeIcon, EyeOffIcon } from '../ui/icons';

/**
 * The API key field: masked by default with a show/hide toggle, and nothing that would store or
 * send it elsewhere (no autocomplete, spellcheck or autocorrect).
 */
export function KeyInput({
  id,
  value,
  onChange,
  invalid,
  describedBy,
  ref,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const toggleLabel = revealed ? t('ui.onboarding.hideKey') : t('ui.onboarding.showKey');
  return (
    <div className="key-input">
      <input
        ref={ref}
        id={id}
        name="devin-api-key"
        type={revealed ? 'text' : 'password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t('ui.onboarding.keyPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <button
        type="button"
        className="key-reveal"
        aria-label={toggleLabel}
        title={toggleLabel}
        aria-pressed={revealed}
        aria-controls={id}
        onClick={() => setRevealed((r) => !r)}
      >
        {revealed ? <EyeOffIcon size={15} /> : <EyeIcon size={15} />}
      </button>
    </div>
  );
}
