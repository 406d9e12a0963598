import { useId } from 'react';
import './segmented.css';

export interface SegmentedOption<V extends string> {
  value: V;
  label: string;
  /** BCP 47 tag when the label is in another language than the UI (e.g. "简体中文" in the English UI). */
  lang?: string;
}

/**
 * A segmented choice built from native radio inputs, so arrow keys, Tab and screen readers
 * behave like the platform's.
 */
export function Segmented<V extends string>({
  label,
  name,
  value,
  options,
  onChange,
  describedBy,
  disabled,
}: {
  label: string;
  /** Id of a help text for the whole choice. */
  describedBy?: string;
  disabled?: boolean;
  name: string;
  value: V;
  options: readonly SegmentedOption<V>[];
  onChange: (value: V) => void;
}) {
  const labelId = useId();
  return (
    <div className="field-row">
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby={labelId} aria-describedby={describedBy}>
        {options.map((o) => (
          <label key={o.value} className="segmented-option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              disabled={disabled}
              onChange={() => onChange(o.value)}
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
