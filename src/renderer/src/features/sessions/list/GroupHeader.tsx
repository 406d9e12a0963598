import type { SessionGroup } from '../../../../../shared/sessions/session-state';
import { useLocale, useT } from '../../../i18n/context';
import { ChevronIcon } from '../kit/icons';
import { groupLabelKey } from '../model/status-words';

export interface GroupHeaderProps {
  id: string;
  group: SessionGroup;
  count: number;
  collapsed: boolean;
  active: boolean;
  pos: number;
  setSize: number;
  onToggle: (g: SessionGroup) => void;
}

/** A status group inside the virtual list: a level-1 tree item that folds its sessions. */
export function GroupHeader({ id, group, count, collapsed, active, pos, setSize, onToggle }: GroupHeaderProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={1}
      aria-expanded={!collapsed}
      aria-posinset={pos}
      aria-setsize={setSize}
      aria-selected={false}
      className={['group-header', `group-${group}`, active && 'is-active'].filter(Boolean).join(' ')}
      onClick={() => onToggle(group)}
    >
      <ChevronIcon size={12} className="group-chevron" />
      <span className="group-label">{t(groupLabelKey(group))}</span>
      <span className="group-count">{new Intl.NumberFormat(locale).format(count)}</span>
    </div>
  );
}
