import type { IdChoice } from './id-choice';

// Apart from id-choice.ts (which re-exports it) so the renderer's composer draft does not load
// that file's zod schema before the window's first paint.

/** The create-session field for a choice: all → null, none → [], only → the ids (deduplicated, in order). */
export function idChoiceToField(choice: IdChoice): string[] | null {
  switch (choice.kind) {
    case 'all':
      return null;
    case 'none':
      return [];
    case 'only':
      return [...new Set(choice.ids)];
  }
}
