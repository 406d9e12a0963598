/**
 * Contract violations seen by devin-sims of this process (tests run the sim in process). The
 * test harnesses take them after each test and fail it, naming the endpoint.
 */

export interface ContractViolation {
  /** The contract's endpoint id (`sessions.get`), or `METHOD /path` for a route it lacks. */
  endpoint: string;
  method: string;
  path: string;
  status: number;
  /** Whose fault: what was asked (request) or what the sim answered (response). */
  side: 'request' | 'response';
  /** The app's own client (User-Agent devin-tray…) or anything else (tests probing the sim). */
  agent: 'client' | 'other';
  issues: string[];
}

const recorded: ContractViolation[] = [];
/** Bounded: a runaway loop must not eat the test process's memory. */
const MAX_RECORDED = 500;

export function recordViolation(v: ContractViolation): void {
  if (recorded.length < MAX_RECORDED) recorded.push(v);
}

/** Returns the violations recorded so far and forgets them. */
export function takeContractViolations(): ContractViolation[] {
  return recorded.splice(0, recorded.length);
}

/** One paragraph per violation: `sessions.get GET /v3/… → 200 (response): issue; issue`. */
export function formatViolations(vs: readonly ContractViolation[]): string {
  return vs
    .map((v) => `- ${v.endpoint}: ${v.method} ${v.path} → ${v.status} (${v.side}, ${v.agent})\n    ${v.issues.join('\n    ')}`)
    .join('\n');
}

/** Throws when any violation was recorded since the last call (for afterEach / teardown hooks). */
export function assertNoContractViolations(): void {
  const vs = takeContractViolations();
  if (vs.length > 0) throw new Error(`devin-v3 contract violations (shared/api/devin-v3-contract.json):\n${formatViolations(vs)}`);
}
