import { Button } from '../../../ui/Button';
import { ErrorIcon, InfoIcon } from '../../../ui/icons';

/** A dismissible line above a list: a rolled-back optimistic change, or "Deleted X". */
export interface BannerMessage {
  tone: 'error' | 'info';
  text: string;
}

export function Banner({ message, onDismiss, dismissLabel }: { message: BannerMessage; onDismiss: () => void; dismissLabel: string }) {
  return (
    <div className={`lib-banner lib-banner-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
      {message.tone === 'error' ? <ErrorIcon size={14} /> : <InfoIcon size={14} />}
      <p className="lib-banner-text">{message.text}</p>
      <Button variant="ghost" size="sm" onClick={onDismiss}>
        {dismissLabel}
      </Button>
    </div>
  );
}
