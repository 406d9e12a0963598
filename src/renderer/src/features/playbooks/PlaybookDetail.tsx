import type { Playbook } from '../../../../shared/domain/playbook';
import { useLocale, useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { DetailFrame } from '../knowledge/kit/DetailFrame';
import { formatTime } from '../knowledge/kit/format-time';
import { LazyMarkdownView } from '../knowledge/kit/LazyMarkdownView';
import { authorText, resolveAuthor } from './model/author-label';
import { usePrincipal } from './usePrincipal';

/** One playbook, read-only: start a session with it, edit, delete. */
export function PlaybookDetail({
  playbook,
  onStart,
  onEdit,
  onDelete,
}: {
  playbook: Playbook;
  onStart: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const updated = formatTime(playbook.updated_at, locale);
  const principal = usePrincipal();
  const author = playbook.updated_by ? resolveAuthor(playbook.updated_by, principal) : null;
  return (
    <DetailFrame titleId={`playbook-title-${playbook.playbook_id}`} title={playbook.title} onEdit={onEdit} onDelete={onDelete}>
      <dl className="lib-facts">
        {playbook.macro && (
          <>
            <dt>{t('playbooks.field.macro')}</dt>
            <dd>
              <span className="badge badge-mono">{playbook.macro}</span>
            </dd>
          </>
        )}
        {updated && (
          <>
            <dt>{t('library.updatedLabel')}</dt>
            <dd>
              {updated}
              {author && (
                <>
                  {' · '}
                  <span className={author.kind === 'id' ? 'lib-author-id' : undefined} title={author.kind === 'id' ? t('library.byUnknownHint') : undefined}>
                    {authorText(author, t)}
                  </span>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      <p>
        <Button variant="primary" onClick={onStart}>
          {t('playbooks.startSession')}
        </Button>
      </p>
      <div className="lib-card">
        <LazyMarkdownView source={playbook.body} />
      </div>
    </DetailFrame>
  );
}
