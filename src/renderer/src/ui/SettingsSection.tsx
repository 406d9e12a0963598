import { useId } from 'react';
import type { ReactNode } from 'react';

/** One titled section of the Settings page; the heading names the region for assistive tech. */
export function SettingsSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-heading">
        {title}
      </h2>
      {children}
    </section>
  );
}
