import { useId } from 'react';
import type { ReactNode } from 'react';
import './toggle.css';

export interface ToggleProps {
  label: string;
  /** A sentence under the label, read as the switch's description. */
  help?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/**
 * A settings row: label and help on the left, an on/off switch on the right. The switch is a
 * native checkbox with role=switch, so Space, forms, labels and screen readers ("on"/"off") work
 * as on the platform.
 */
export function Toggle({ label, help, checked, onChange, disabled }: ToggleProps) {
  const id = useId();
  const helpId = useId();
  return (
    <div className="toggle-row">
      <div className="toggle-text">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {help && (
          <p className="field-help" id={helpId}>
            {help}
          </p>
        )}
      </div>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="toggle"
        checked={checked}
        disabled={disabled}
        aria-describedby={help ? helpId : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
    </div>
  );
}
