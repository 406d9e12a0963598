import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../test-support/fake-bridge';
import { createFakeLibrary, forbidden, playbook, schedule, validationError } from '../knowledge/kit/fake-library';
import { registerScreenCleanup, renderScreen } from '../knowledge/kit/render-screen';
import { SchedulesScreen } from './SchedulesScreen';

registerScreenCleanup();

const NOW = new Date('2026-01-15T12:00:00Z'); // Thursday
const screenAt = (pageSize?: number) => <SchedulesScreen now={NOW} timeZone="America/New_York" {...(pageSize ? { pageSize } : {})} />;
const setField = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('SchedulesScreen', () => {
  it('explains schedules when there are none', async () => {
    renderScreen(screenAt(), createFakeLibrary().handlers);
    expect(await screen.findByRole('heading', { name: 'Run Devin on a timetable' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create the first schedule' }));
    expect(await screen.findByRole('form', { name: 'New schedule' })).toBeTruthy();
  });

  it('lists frequency in words, next and last run, last error and failures, with offset paging', async () => {
    const lib = createFakeLibrary({
      schedules: [
        schedule({ schedule_id: 's1', name: 'Nightly triage', frequency: '0 13 * * 1-5', consecutive_failures: 2, last_executed_at: '2026-01-14T13:00:00.000Z', last_error_message: 'Repo not found' }),
        schedule({ schedule_id: 's2', name: 'Paused one', enabled: false }),
        schedule({ schedule_id: 's3', name: 'Third' }),
      ],
    });
    const { fake } = renderScreen(screenAt(2), lib.handlers);
    const list = await screen.findByRole('listbox', { name: 'Schedules' });
    const first = (await within(list).findByText('Nightly triage')).closest('li') as HTMLElement;
    expect(first.textContent).toContain('At 1:00 PM, Monday through Friday (UTC)');
    expect(first.textContent).toContain('Next Thu, Jan 15, 2026, 8:00 AM EST');
    expect(first.textContent).toContain('Last run Wed, Jan 14, 2026, 8:00 AM EST');
    expect(first.textContent).toContain('2× failed in a row');
    expect(first.textContent).toContain('Repo not found');
    const paused = within(list).getByText('Paused one').closest('li') as HTMLElement;
    expect(paused.textContent).toContain('Paused');
    expect(paused.textContent).not.toContain('Next');

    expect(within(list).getAllByRole('option')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await within(list).findByText('Third');
    expect(fake.callsTo('schedules:list')).toEqual([{ offset: 0, limit: 2 }, { offset: 2, limit: 2 }]);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('refuses an invalid cron without a request, then creates with the schema fields', async () => {
    const lib = createFakeLibrary({ playbooks: [playbook({ playbook_id: 'playbook-1', title: 'Triage' })] });
    const { fake } = renderScreen(screenAt(), lib.handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New schedule' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Name', 'Morning triage');
    setField('Prompt', 'Triage new issues');
    setField('Frequency (cron, UTC)', '0 9 * * MONDAY');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(fake.callsTo('schedules:create')).toEqual([]);
    setField('Frequency (cron, UTC)', '0 13 * * 1-5');
    await waitFor(() => expect((screen.getByLabelText('Playbook') as HTMLSelectElement).options.length).toBe(2));
    setField('Playbook', 'playbook-1');
    setField('Tags', 'triage, daily');
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Enter', ctrlKey: true });
    await screen.findByRole('heading', { level: 2, name: 'Morning triage' });
    expect(fake.callsTo('schedules:create')).toEqual([
      {
        name: 'Morning triage',
        prompt: 'Triage new issues',
        schedule_type: 'recurring',
        frequency: '0 13 * * 1-5',
        scheduled_at: '',
        agent: 'devin',
        notify_on: 'failure',
        playbook_id: 'playbook-1',
        tags: ['triage', 'daily'],
      },
    ]);
  });

  it('says how often a cron runs, and asks before saving one more frequent than hourly', async () => {
    const lib = createFakeLibrary();
    const { fake } = renderScreen(screenAt(), lib.handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New schedule' }));
    await screen.findByRole('form');
    setField('Name', 'Poll');
    setField('Prompt', 'Check the queue');
    setField('Frequency (cron, UTC)', '0 9,17 * * *');
    expect(screen.getByText('Runs 2 times a day. Each run starts a new Devin session, which uses ACUs.')).toBeTruthy();
    expect(screen.queryByTestId('schedule-cost-warning')).toBeNull();
    setField('Frequency (cron, UTC)', '* * * * *');
    expect(screen.getByTestId('schedule-cost-warning').textContent).toContain('Runs 1,440 times a day.');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Save a schedule that runs 1,440 times a day?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsTo('schedules:create')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Save anyway' }));
    await screen.findByRole('heading', { level: 2, name: 'Poll' });
    expect(fake.callsTo('schedules:create')).toMatchObject([{ name: 'Poll', frequency: '* * * * *' }]);
  });

  it('creates a one-time schedule from a local date and time', async () => {
    const { fake } = renderScreen(screenAt(), createFakeLibrary().handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New schedule' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Name', 'Once');
    setField('Prompt', 'Do it once');
    fireEvent.click(screen.getByRole('radio', { name: 'Once' }));
    setField('Run at', '2030-02-01T09:00');
    expect(screen.getByText(/Sent as 2030-02-01T14:00:00Z/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByRole('heading', { level: 2, name: 'Once' });
    expect(fake.callsTo('schedules:create')[0]).toMatchObject({ schedule_type: 'one_time', scheduled_at: '2030-02-01T14:00:00.000Z' });
  });

  it('edits with a PATCH of only what changed, and puts a 422 on its field', async () => {
    const lib = createFakeLibrary({ schedules: [schedule({ schedule_id: 's1', name: 'Nightly', tags: ['a'] })] });
    const { fake } = renderScreen(screenAt(), lib.handlers);
    fireEvent.click(await screen.findByText('Nightly'));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Name', 'Nightly triage');
    lib.failures['schedules:update'] = validationError([{ field: 'body.name', message: 'Name already used' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Name already used')).toBeTruthy();

    lib.failures['schedules:update'] = undefined;
    setField('Name', 'Nightly triage v2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'Nightly triage v2' });
    expect(fake.callsTo('schedules:update')).toEqual([
      { scheduleId: 's1', patch: { name: 'Nightly triage' } },
      { scheduleId: 's1', patch: { name: 'Nightly triage v2' } },
    ]);

    // Saving without changes sends nothing and closes the editor; Esc closes it too.
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('form')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    fireEvent.keyDown(screen.getByLabelText('Prompt'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(fake.callsTo('schedules:update')).toHaveLength(2);
  });

  it('pauses at once and rolls back with the missing permission when refused', async () => {
    const lib = createFakeLibrary({ schedules: [schedule({ schedule_id: 's1', name: 'Nightly' })] });
    const gate = deferred<void>();
    lib.gates['schedules:setEnabled'] = gate.promise;
    lib.failures['schedules:setEnabled'] = forbidden('ManageOrgSchedules');
    renderScreen(screenAt(), lib.handlers);
    fireEvent.click(await screen.findByText('Nightly'));
    fireEvent.click(screen.getByRole('switch', { name: 'Enabled: Nightly' }));
    expect(within(screen.getByRole('listbox')).getByText('Paused')).toBeTruthy();
    gate.resolve();
    expect((await screen.findByRole('alert')).textContent).toContain('Missing permission: ManageOrgSchedules');
    expect(screen.getByRole('switch', { name: 'Enabled: Nightly' }).getAttribute('aria-checked')).toBe('true');
  });

  it('deletes after confirmation and shows the next schedule', async () => {
    const lib = createFakeLibrary({ schedules: [schedule({ schedule_id: 's1', name: 'One' }), schedule({ schedule_id: 's2', name: 'Two' })] });
    renderScreen(screenAt(), lib.handlers);
    fireEvent.click(await screen.findByText('One'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('alertdialog', { name: 'Delete this schedule?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “One”.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Two' })).toBeTruthy();
    expect(lib.schedules.map((s) => s.schedule_id)).toEqual(['s2']);
  });

  it('shows the next runs, the DST warning and the sessions the schedule started', async () => {
    const lib = createFakeLibrary({ schedules: [schedule({ schedule_id: 's1', name: 'Nightly', frequency: '0 14 * * 1-5' })] });
    lib.handlers['schedules:sessions'] = async () => ({
      items: [{ session_id: 'devin-1', title: 'Nightly run', status: 'exit', status_detail: null, created_at: 1_768_400_000, url: 'https://app.devin.ai/sessions/1' }],
      nextCursor: null,
    });
    const { fake } = renderScreen(screenAt(), lib.handlers);
    fireEvent.click(await screen.findByText('Nightly'));
    expect(screen.getByRole('table', { name: 'Next 5 runs' })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Daylight saving time will move this schedule' })).toBeTruthy();
    const sessions = screen.getByRole('region', { name: 'Sessions from this schedule' });
    expect(await within(sessions).findByText('Nightly run')).toBeTruthy();
    expect(fake.callsTo('schedules:sessions')).toEqual([{ scheduleId: 's1' }]);
    fireEvent.click(within(sessions).getByRole('button', { name: 'Open in Devin' }));
    expect(fake.callsTo('shell:openExternal')).toEqual(['https://app.devin.ai/sessions/1']);
  });

  it('speaks Chinese', async () => {
    renderScreen(screenAt(), createFakeLibrary({ schedules: [schedule({ schedule_id: 's1', name: 'Nightly' })] }).handlers, 'zh-CN');
    const row = (await screen.findByText('Nightly')).closest('li') as HTMLElement;
    expect(row.textContent).toMatch(/星期一.*星期五/);
    expect(screen.getByRole('button', { name: '新建定时任务' })).toBeTruthy();
  });
});
