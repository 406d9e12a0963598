import { describe, expect, it } from 'vitest';
import { sessionInsightsSchema } from '../domain/session-insights';
import { readAnalysis, toInsightView } from './insight-view';

const base = {
  session_id: 'devin-1',
  url: 'https://app.devin.ai/sessions/1',
  status: 'running',
  tags: [],
  org_id: 'org-1',
  created_at: 1,
  updated_at: 2,
  acus_consumed: 1,
  pull_requests: [],
  num_devin_messages: 3,
  num_user_messages: 1,
  session_size: 'xs',
};

describe('readAnalysis', () => {
  it('reads the SDK shape: classification, issues, suggested prompt with feedback', () => {
    const view = readAnalysis({
      classification: { category: 'bug_fixing', confidence: 0.8, programming_languages: ['Go', 3], tools_and_frameworks: [] },
      issues: [{ id: 'i1', label: 'Vague', issue: 'No acceptance criteria', impact: 'Rework' }],
      action_items: ['Add a test', { description: 'Pin the version' }, { unknown: true }],
      suggested_prompt: { original_prompt: 'fix it', suggested_prompt: 'Fix X; done when Y', feedback_items: [{ summary: 'Say when done', details: 'd', excerpt: 'fix it', issue_id: 'i1' }] },
      note_usage: { bad_usages: [], good_usages: [] },
      timeline: [],
    });
    expect(view).toEqual({
      category: 'bug_fixing',
      confidence: 0.8,
      languages: ['Go'],
      tools: [],
      issues: [{ id: 'i1', label: 'Vague', issue: 'No acceptance criteria', impact: 'Rework' }],
      actionItems: ['Add a test', 'Pin the version'],
      suggestedPrompt: { original: 'fix it', suggested: 'Fix X; done when Y', feedback: [{ summary: 'Say when done', details: 'd', excerpt: 'fix it' }] },
    });
  });

  it('skips what it cannot read instead of failing (undocumented sub-shapes)', () => {
    expect(readAnalysis({ issues: 'oops', classification: [], suggested_prompt: { suggested_prompt: '' } })).toEqual({
      category: null,
      confidence: null,
      languages: [],
      tools: [],
      issues: [],
      actionItems: [],
      suggestedPrompt: null,
    });
    expect(readAnalysis({ issues: ['plain text issue', { label: 'no text' }] })?.issues).toEqual([{ id: null, label: null, issue: 'plain text issue', impact: null }]);
    expect(readAnalysis(null)).toBeNull();
  });
});

describe('toInsightView', () => {
  it('is pending only while there is no analysis', () => {
    const none = sessionInsightsSchema.parse({ ...base, analysis: null });
    expect(toInsightView(none, true)).toMatchObject({ sessionId: 'devin-1', numDevinMessages: 3, numUserMessages: 1, sessionSize: 'xs', analysis: null, pending: true });
    const done = sessionInsightsSchema.parse({ ...base, analysis: { issues: [] } });
    expect(toInsightView(done, true).pending).toBe(false);
  });

  it('tolerates missing counts and unknown sizes', () => {
    const s = sessionInsightsSchema.parse({ ...base, num_devin_messages: null, session_size: 'xxl', extra: 1 });
    expect(toInsightView(s)).toMatchObject({ numDevinMessages: 0, sessionSize: 'xxl', analysis: null, pending: false });
  });
});
