import { describe, expect, it } from 'vitest';
import { describeCron } from './describe-cron';

describe('describeCron', () => {
  it('describes in English', () => {
    expect(describeCron('0 9 * * 1-5', 'en')).toBe('At 9:00 AM, Monday through Friday');
    expect(describeCron('30 13 * * *', 'en')).toBe('At 1:30 PM');
    expect(describeCron('30 13 * * *', 'zh-CN')).toBe('在13:30');
    expect(describeCron('*/15 * * * *', 'en')).toBe('Every 15 minutes');
  });

  it('describes in Chinese through the zh_CN locale (not an English fallback)', () => {
    const zh = describeCron('0 9 * * 1-5', 'zh-CN');
    expect(zh).toContain('星期一');
    expect(zh).toContain('09:00');
    expect(describeCron('*/15 * * * *', 'zh-CN')).toMatch(/15\s*分钟/);
  });

  it('returns null for what validateCron refuses, even if cronstrue would read it', () => {
    expect(describeCron('0 9 * * 1-5 *', 'en')).toBeNull();
    expect(describeCron('@daily', 'en')).toBeNull();
  });
});
