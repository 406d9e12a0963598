import type { SessionInsights } from '../domain/session-insights';

/** One problem the analysis found (SDK `SessionInsightsIssue`: label, issue, impact). */
export interface InsightIssueView {
  id: string | null;
  label: string | null;
  issue: string;
  impact: string | null;
}

/** A point of feedback on the prompt (SDK `SessionInsightsFeedbackItem`). */
export interface InsightFeedbackView {
  summary: string;
  details: string | null;
  excerpt: string | null;
}

/** What the analysis says, as far as its (partly documented) shape could be read. */
export interface InsightAnalysisView {
  category: string | null;
  /** 0–1 when given. */
  confidence: number | null;
  languages: string[];
  tools: string[];
  issues: InsightIssueView[];
  actionItems: string[];
  /** The better prompt the analysis suggests, with the original it improves on. */
  suggestedPrompt: { original: string | null; suggested: string; feedback: InsightFeedbackView[] } | null;
}

/** A session's insights as views and the CLI show them. */
export interface InsightView {
  sessionId: string;
  numDevinMessages: number;
  numUserMessages: number;
  /** xs, s, m, l, xl (open set). */
  sessionSize: string | null;
  /** Null until an analysis was generated (and finished). */
  analysis: InsightAnalysisView | null;
  /** A generation this app asked for has not finished yet. */
  pending: boolean;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const record = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).flatMap((x) => (text(x) ? [x as string] : []));

/** An issue item: the SDK's object, or a bare string; anything without text is skipped. */
function readIssue(v: unknown): InsightIssueView | null {
  const s = text(v);
  if (s) return { id: null, label: null, issue: s, impact: null };
  const o = record(v);
  const issue = o && (text(o.issue) ?? text(o.description));
  if (!o || !issue) return null;
  return { id: text(o.id), label: text(o.label), issue, impact: text(o.impact) };
}

/** Action items are undocumented beyond their name: a string, or an object's first text field we recognise. */
function readActionItem(v: unknown): string | null {
  const s = text(v);
  if (s) return s;
  const o = record(v);
  if (!o) return null;
  for (const key of ['action', 'description', 'title', 'text', 'summary', 'item']) {
    const t = text(o[key]);
    if (t) return t;
  }
  return null;
}

function readFeedback(v: unknown): InsightFeedbackView | null {
  const s = text(v);
  if (s) return { summary: s, details: null, excerpt: null };
  const o = record(v);
  const summary = o && (text(o.summary) ?? text(o.details));
  if (!o || !summary) return null;
  return { summary, details: text(o.summary) ? text(o.details) : null, excerpt: text(o.excerpt) };
}

/** Reads the analysis object tolerantly (pure). Null in, null out. */
export function readAnalysis(raw: Record<string, unknown> | null): InsightAnalysisView | null {
  if (!raw) return null;
  const c = record(raw.classification);
  const sp = record(raw.suggested_prompt);
  const suggested = sp ? text(sp.suggested_prompt) : null;
  return {
    category: c ? text(c.category) : null,
    confidence: c && typeof c.confidence === 'number' && Number.isFinite(c.confidence) ? c.confidence : null,
    languages: c ? strings(c.programming_languages) : [],
    tools: c ? strings(c.tools_and_frameworks) : [],
    issues: list(raw.issues).flatMap((i) => readIssue(i) ?? []),
    actionItems: list(raw.action_items).flatMap((i) => readActionItem(i) ?? []),
    suggestedPrompt:
      sp && suggested
        ? { original: text(sp.original_prompt), suggested, feedback: list(sp.feedback_items).flatMap((f) => readFeedback(f) ?? []) }
        : null,
  };
}

/** The view of one `SessionInsightsResponse`; `pending` says whether a generation is still awaited. */
export function toInsightView(s: SessionInsights, pending = false): InsightView {
  const analysis = readAnalysis(s.analysis);
  return {
    sessionId: s.session_id,
    numDevinMessages: s.num_devin_messages,
    numUserMessages: s.num_user_messages,
    sessionSize: s.session_size,
    analysis,
    pending: analysis === null && pending,
  };
}
