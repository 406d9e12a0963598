export interface ProgressBarProps {
  /** Accessible name ("Download of report.pdf"). */
  label: string;
  /** 0..100, or null for an indeterminate bar (size unknown). */
  value: number | null;
  /** What a screen reader says instead of the bare percentage ("1.2 MB of 5 MB"). */
  valueText: string;
  tone?: 'active' | 'done' | 'failed' | 'paused';
  /** Bars inside a row are thinner than the overall one. */
  size?: 'sm' | 'md';
}

/** A progress bar with the ARIA progressbar role (a div, so tokens style it the same in every engine). */
export function ProgressBar({ label, value, valueText, tone = 'active', size = 'sm' }: ProgressBarProps) {
  // Only a running bar of unknown size moves; a stopped one never slides a segment along the track.
  const moving = value === null && tone === 'active';
  return (
    <div
      className={`att-bar is-${tone} is-${size}${moving ? ' is-indeterminate' : ''}${value === null ? ' is-unknown' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value ?? undefined}
      aria-valuetext={valueText}
    >
      <div className="att-bar-fill" style={value === null ? undefined : { width: `${value}%` }} />
    </div>
  );
}
