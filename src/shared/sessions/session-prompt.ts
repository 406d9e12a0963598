/**
 * The prompt a session was started with. The v3 `SessionResponse` has no prompt field (see the
 * contract), so the tracker learns it from what we sent at create/handoff, or from the session's
 * first message when that one is not Devin's (the prompt as the user sent it). Pure helpers.
 */

/** Characters of a prompt the tracker keeps (persisted, and carried in every SessionView). */
export const PROMPT_KEEP_CHARS = 1000;

/** What the tracker keeps of a prompt: at most PROMPT_KEEP_CHARS code points, "…" marking a cut. */
export function keepPrompt(prompt: string): string {
  const chars = Array.from(prompt);
  return chars.length <= PROMPT_KEEP_CHARS ? prompt : `${chars.slice(0, PROMPT_KEEP_CHARS - 1).join('')}…`;
}

/**
 * The prompt read from a session's first message: its text when a person sent it (any source
 * but `devin`: the contract leaves the list of sources open), null when Devin spoke first or
 * there is no message yet.
 */
export function promptFromFirstMessage(first: { source: string; message: string } | undefined): string | null {
  if (!first || first.source === 'devin') return null;
  return first.message.trim() === '' ? null : first.message;
}
