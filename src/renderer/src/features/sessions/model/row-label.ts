/**
 * A session row's accessible name: its visible texts in reading order (title, age, state, ACUs,
 * PRs, tags, "+N"), comma-separated so screen readers pause, then what only an icon shows. The
 * visible words must appear in the name contiguously and in order (WCAG 2.5.3, "Label in Name"),
 * so speech users can say what they see.
 */
export function rowAccessibleName(visible: readonly (string | null | undefined | false)[], extra: readonly (string | null | undefined | false)[] = []): string {
  return [...visible, ...extra].filter((s): s is string => typeof s === 'string' && s.trim() !== '').join(', ');
}
