/**
 * A byte count for people: "812 B", "14.2 KB", "1.5 MB" (binary units, as the size limit uses).
 * Numbers follow the locale; the unit symbols are the same in every language.
 */
export function formatSize(bytes: number, locale: string): string {
  const n = (v: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(v);
  if (bytes < 1024) return `${n(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${n(bytes / 1024, bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${n(bytes / (1024 * 1024), 1)} MB`;
}

/** A byte count with grouping, e.g. "102,400" (for "exactly N bytes"). */
export function formatBytesExact(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(bytes);
}
