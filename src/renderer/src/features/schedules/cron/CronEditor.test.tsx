import { Cron } from 'croner';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { formatRun } from '../../../../../shared/cron/format-run';
import { registerScreenCleanup, renderScreen } from '../../knowledge/kit/render-screen';
import { CronEditor } from './CronEditor';

registerScreenCleanup();

const WINTER = new Date('2026-01-15T12:00:00Z');

function Harness({ initial, zone = 'UTC', now = WINTER }: { initial: string; zone?: string; now?: Date }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="freq">Frequency</label>
      <CronEditor ids={{ id: 'freq', describedBy: undefined, invalid: false }} value={value} onChange={setValue} userTimeZone={zone} now={now} />
      <output data-testid="value">{value}</output>
    </>
  );
}

const input = () => screen.getByLabelText('Frequency') as HTMLInputElement;
const type = (v: string) => fireEvent.change(input(), { target: { value: v } });

describe('CronEditor', () => {
  it('validates as you type and says which field is wrong', () => {
    renderScreen(<Harness initial="0 9 * * 1-5" />, {});
    expect(screen.getByText('At 9:00 AM, Monday through Friday (UTC)')).toBeTruthy();
    type('0 25 * * 1-5');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Hour: 25 is out of range: allowed 0–23.')).toBeTruthy();
    type('0 9 * *');
    expect(screen.getByText(/has 5 fields .* this one has 4/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('describes in Chinese', () => {
    renderScreen(<Harness initial="0 9 * * 1-5" />, {}, 'zh-CN');
    expect(screen.getByText(/星期一.*星期五.*(UTC)/)).toBeTruthy();
    type('61 * * * *');
    expect(screen.getByText('分钟：61 超出范围：允许 0–59。')).toBeTruthy();
  });

  it("lists the next five runs in the user's zone and UTC, exactly croner's runs", () => {
    renderScreen(<Harness initial="30 13 * * 1-5" zone="America/New_York" />, {});
    const rows = within(screen.getByRole('table', { name: 'Next 5 runs' })).getAllByRole('row').slice(1) as HTMLTableRowElement[];
    const expected = new Cron('30 13 * * 1-5', { timezone: 'UTC' }).nextRuns(5, WINTER);
    expect(rows.map((r) => r.getAttribute('data-instant'))).toEqual(expected.map((d) => d.toISOString()));
    expect(rows.map((r) => r.cells[0]?.textContent)).toEqual(expected.map((d) => formatRun(d, 'America/New_York', 'en')));
    expect(rows.map((r) => r.cells[1]?.textContent)).toEqual(expected.map((d) => formatRun(d, 'UTC', 'en')));
    expect(rows[0]?.cells[0]?.textContent).toContain('8:30 AM');
  });

  it('writes the UTC cron from a New York local time and warns about daylight saving time', () => {
    renderScreen(<Harness initial="*/15 * * * *" zone="America/New_York" />, {});
    // Every 15 minutes is 96 runs a day: the cost note, not a DST warning.
    expect(screen.getByRole('note').textContent).toContain('Runs 96 times a day.');
    expect(screen.queryByRole('note', { name: 'Daylight saving time will move this schedule' })).toBeNull();
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '09:00' } });
    fireEvent.change(screen.getByLabelText('On'), { target: { value: 'weekdays' } });
    expect(screen.getByText('Will write 0 14 * * 1-5 (UTC).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use this time' }));
    expect(screen.getByTestId('value').textContent).toBe('0 14 * * 1-5');
    const warning = screen.getByRole('note', { name: 'Daylight saving time will move this schedule' });
    expect(warning.textContent).toContain('America/New_York');
    expect(within(warning).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'from Jan 15, 2026: 9:00 AM',
      'from Mar 9, 2026: 10:00 AM',
      'from Nov 2, 2026: 9:00 AM',
    ]);
  });

  it('does not warn in Shanghai (no daylight saving), and handles the day change to UTC', () => {
    renderScreen(<Harness initial="*/15 * * * *" zone="Asia/Shanghai" />, {});
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '07:30' } });
    fireEvent.change(screen.getByLabelText('On'), { target: { value: 'weekdays' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this time' }));
    expect(screen.getByTestId('value').textContent).toBe('30 23 * * 0-4');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('lets you pick days and another zone', () => {
    renderScreen(<Harness initial="0 9 * * *" />, {});
    expect((screen.getByLabelText('At') as HTMLInputElement).value).toBe('09:00');
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Asia/Tokyo' } });
    fireEvent.change(screen.getByLabelText('On'), { target: { value: 'custom' } });
    const days = screen.getByRole('group', { name: 'Days' });
    for (const box of within(days).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) fireEvent.click(box);
    expect(screen.getByText('Pick at least one day.')).toBeTruthy();
    fireEvent.click(within(days).getByLabelText('Mon'));
    fireEvent.click(screen.getByRole('button', { name: 'Use this time' }));
    // 09:00 Monday in Tokyo (UTC+9) is 00:00 Monday UTC.
    expect(screen.getByTestId('value').textContent).toBe('0 0 * * 1');
  });
});
