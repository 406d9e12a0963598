import type { ReactNode } from 'react';
import { ErrorIcon } from './icons';

/** An error shown where it happened; role=alert so screen readers announce it at once. */
export function InlineError({ id, message, children }: { id?: string; message: string; children?: ReactNode }) {
  return (
    <div className="inline-error" role="alert" id={id}>
      <ErrorIcon size={14} />
      <div className="inline-error-body">
        <p className="inline-error-message">{message}</p>
        {children}
      </div>
    </div>
  );
}
