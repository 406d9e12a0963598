import { candidateName } from './final-name';
import { sanitizeFileName } from './sanitize-file-name';

/**
 * Pure: the name each of a session's attachments is saved under, in the list's order: its
 * sanitised name, or the first numbered variant (`report (1).md`) that no earlier attachment of
 * the list takes. Downloads start numbering at that variant, so two files both called `report.md` land as
 * `report.md` and `report (1).md` whichever finishes first, and the rows can say so beforehand.
 * A name already taken in the folder by another file still moves on to the next free variant
 * when the file is saved (see `publishPartFile`).
 */
export function plannedFileNames(names: readonly string[]): PlannedName[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const name = sanitizeFileName(raw);
    for (let variant = 0; ; variant += 1) {
      const candidate = candidateName(name, variant);
      // Case-insensitive file systems (macOS, Windows) treat `A.txt` and `a.txt` as one name.
      const key = candidate.toLowerCase();
      if (!taken.has(key)) {
        taken.add(key);
        return { name: candidate, variant };
      }
    }
  });
}

/** A planned name and its number: `report (1).md` is variant 1 of `report.md` (0 = the name itself). */
export interface PlannedName {
  name: string;
  variant: number;
}
