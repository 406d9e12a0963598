import { promptFromFirstMessage } from '../../../../../shared/sessions/session-prompt';

/**
 * The prompt the detail shows (pure): what the tracker kept (sent from here, or read from the
 * first message; at most PROMPT_KEEP_CHARS, "…" marking a cut), or the first message itself when
 * it is the prompt and says more than the kept start.
 */
export function shownPrompt(kept: string | null | undefined, first: { source: string; message: string } | undefined): string | null {
  const fromMessage = promptFromFirstMessage(first);
  if (!kept) return fromMessage;
  if (fromMessage && kept.endsWith('…') && fromMessage.length > kept.length && fromMessage.startsWith(kept.slice(0, -1))) return fromMessage;
  return kept;
}

/** Prompts longer than this (characters or lines) start collapsed. */
export const PROMPT_COLLAPSE_CHARS = 280;
export const PROMPT_COLLAPSE_LINES = 4;

export function isLongPrompt(prompt: string): boolean {
  return prompt.length > PROMPT_COLLAPSE_CHARS || prompt.split('\n').length > PROMPT_COLLAPSE_LINES;
}
