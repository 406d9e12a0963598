import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { splitDiff, type DiffBlock } from '../model/diff-lines';

/** Files longer than this start folded, so a huge lock file does not freeze the window. */
const FOLD_LINES = 1500;

function Block({ block }: { block: DiffBlock }) {
  const t = useT();
  const [open, setOpen] = useState(block.lines.length <= FOLD_LINES);
  const label = block.path || block.lines[0]?.text || '';
  return (
    <section className="diff-file" aria-label={t('ui.handoff.diff.fileLabel', { path: label })}>
      <header className="diff-file-head">
        <span className="diff-file-path mono truncate">{label}</span>
        {(block.added > 0 || block.removed > 0) && (
          <span className="handoff-lines mono">
            <span className="handoff-add">+{block.added}</span> <span className="handoff-del">−{block.removed}</span>
          </span>
        )}
      </header>
      {open ? (
        <pre className="diff-lines">
          {block.lines.map((l, i) => (
            <span key={i} className={`dl dl-${l.kind}`}>
              {l.text}
              {'\n'}
            </span>
          ))}
        </pre>
      ) : (
        <div className="diff-fold">
          <Button size="sm" onClick={() => setOpen(true)}>
            {t('ui.handoff.diff.showLarge', { lines: block.lines.length })}
          </Button>
        </div>
      )}
    </section>
  );
}

/**
 * The diff that will be sent, coloured per line type (added, removed, hunk header, file header),
 * one section per file; unpushed commits' patches after it. Loaded on demand (React.lazy).
 */
export default function DiffViewer({ diff, patches }: { diff: string; patches: string }) {
  const t = useT();
  const blocks = useMemo(() => splitDiff(diff), [diff]);
  const patchBlocks = useMemo(() => splitDiff(patches), [patches]);
  return (
    <div className="diff-viewer">
      {blocks.length === 0 && <p className="handoff-muted handoff-card-body">{t('ui.handoff.preview.noDiff')}</p>}
      {blocks.map((b, i) => (
        <Block key={`${i}:${b.path}`} block={b} />
      ))}
      {patchBlocks.length > 0 && (
        <>
          <h4 className="diff-patches-title">{t('ui.handoff.preview.patches')}</h4>
          {patchBlocks.map((b, i) => (
            <Block key={`p${i}:${b.path}`} block={b} />
          ))}
        </>
      )}
    </div>
  );
}
