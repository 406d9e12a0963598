import { buildAnalysis } from '../insights/analysis';
import type { SessionRecord } from '../types';

/** Sim time (ms) between `POST …/insights/generate` and the analysis showing on a GET. */
export const SIM_INSIGHT_DELAY_MS = 4_000;

interface InsightRecord {
  readyMs: number;
  analysis: Record<string, unknown> | null;
}

/**
 * Insight generations per session. Generation is asynchronous on the sim clock: `generate`
 * starts one (or says `already_exists` while one is pending or done), and the analysis exists
 * from `readyMs` on; it is built from the session as it is at the first read after that.
 */
export class InsightStore {
  private readonly bySession = new Map<string, InsightRecord>();

  clear(): void {
    this.bySession.clear();
  }

  /** Starts a generation: `started`, or `already_exists` when one is pending or finished. */
  generate(s: SessionRecord, nowMs: number, delayMs = SIM_INSIGHT_DELAY_MS): 'started' | 'already_exists' {
    if (this.bySession.has(s.session_id)) return 'already_exists';
    this.bySession.set(s.session_id, { readyMs: nowMs + delayMs, analysis: null });
    return 'started';
  }

  /** The finished analysis, or null (never asked for, or still generating). */
  analysisOf(s: SessionRecord, nowMs: number): Record<string, unknown> | null {
    const r = this.bySession.get(s.session_id);
    if (!r || nowMs < r.readyMs) return null;
    r.analysis ??= buildAnalysis(s);
    return r.analysis;
  }
}
