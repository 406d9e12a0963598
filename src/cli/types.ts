import type { Locale } from '../shared/i18n';

/** What every CLI command gets; injected so commands are testable without a terminal. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Reads all of standard input (`login`'s key, `new -`, `reply -`, `handoff --task -`). On a terminal it
   * first prints the message `ttyHint` names (default: type the text, then Ctrl-D).
   */
  readStdin: (ttyHint?: 'cli.login.readKey' | 'cli.stdin.readText') => Promise<string>;
  /** Whether standard input is a terminal a person can answer (absent: not one, so nothing is asked). */
  stdinIsTTY?: boolean;
  /** Asks one question on the terminal and returns the answer line (only called when stdinIsTTY). */
  askLine?: (question: string) => Promise<string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  locale: Locale;
}

export interface CliCommand {
  name: string;
  /** One line for `devin-tray --help` (English; the help text is for developers' terminals). */
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run: (args: string[], io: CliIO) => Promise<number>;
}
