/** An on/off switch (a button with role=switch): Space/Enter toggle it, screen readers say on/off. */
export function Switch({
  checked,
  label,
  onChange,
  disabled,
}: {
  checked: boolean;
  /** Accessible name, e.g. "Enabled: Billing conventions". */
  label: string;
  onChange: (next: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-checked={checked}
      aria-label={label}
      disabled={disabled}
      onClick={(e) => {
        // Rows are clickable; a toggle must not also open the row.
        e.stopPropagation();
        onChange(!checked);
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <span className="switch-thumb" aria-hidden="true" />
    </button>
  );
}
