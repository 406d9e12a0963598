import { SearchIcon } from '../../../ui/icons';

/** The toolbar's search field; `label` is both its accessible name and its placeholder. */
export function SearchBox({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="lib-search">
      <SearchIcon size={14} />
      <input type="search" aria-label={label} placeholder={label} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
