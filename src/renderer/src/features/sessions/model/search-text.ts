/**
 * Text matching for the session search, friendly to Chinese and Japanese input: NFKC folds
 * full-width Latin and digits (ＡＢＣ１２３ → abc123) and compatibility forms, case is folded
 * locale-independently, and the query is split on any whitespace (including the ideographic
 * space U+3000) into terms that must ALL appear. CJK has no spaces between words, so a term is
 * matched as a substring, never as a word.
 */

/** Folds a string for comparison (pure). */
export function foldText(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** The query's terms, folded; an empty list matches everything. */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

/** True when every term occurs in at least one of the haystacks (already folded). */
export function matchesTerms(terms: readonly string[], haystacks: readonly string[]): boolean {
  return terms.every((term) => haystacks.some((h) => h.includes(term)));
}
