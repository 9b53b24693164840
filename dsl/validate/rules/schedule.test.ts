import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const schedule = (extra: Record<string, unknown>) => ({
  kind: 'schedule',
  name: 'Office hours',
  timezone: 'Europe/Berlin',
  hours: { mon: [{ from: '08:00', to: '18:00' }] },
  on: { open: 'bye', closed: 'bye', holiday: 'bye' },
  ...extra,
});

describe('schedule rule', () => {
  it('reports a time zone that does not exist, suggesting a close one', () => {
    const [d] = found(doc({ hours: schedule({ timezone: 'Europe/Berln' }), bye }), 'schedule.timezone');
    expect(d).toMatchObject({ severity: 'error', nodeId: 'hours', path: ['nodes', 'hours', 'timezone'] });
    expect(d?.message).toBe("Schedule 'Office hours': 'Europe/Berln' is not a known time zone (did you mean 'Europe/Berlin'?)");
  });

  it('accepts real time zones', () => {
    for (const timezone of ['Europe/Berlin', 'America/New_York', 'UTC'])
      expect(found(doc({ hours: schedule({ timezone }), bye }), 'schedule.timezone')).toEqual([]);
  });

  it('reports a range that ends before it starts', () => {
    const input = doc({ hours: schedule({ hours: { fri: [{ from: '09:00', to: '12:00' }, { from: '18:00', to: '08:00' }] } }), bye });
    expect(found(input, 'schedule.range')).toEqual([
      {
        severity: 'error',
        code: 'schedule.range',
        message: "Schedule 'Office hours': on Friday, 18:00–08:00 does not end after it starts",
        nodeId: 'hours',
        path: ['nodes', 'hours', 'hours', 'fri', 1],
      },
    ]);
  });

  it('reports an empty range and accepts one until midnight', () => {
    expect(found(doc({ hours: schedule({ hours: { sat: [{ from: '10:00', to: '10:00' }] } }), bye }), 'schedule.range')).toHaveLength(1);
    expect(found(doc({ hours: schedule({ hours: { sat: [{ from: '10:00', to: '24:00' }] } }), bye }), 'schedule.range')).toEqual([]);
  });

  it('reports a holiday on a day the calendar does not have', () => {
    const holidays = [{ date: '02-30' }, { date: '2025-02-29' }, { date: '2024-02-29' }, { date: '12-24' }];
    expect(found(doc({ hours: schedule({ holidays }), bye }), 'schedule.date').map((d) => d.path)).toEqual([
      ['nodes', 'hours', 'holidays', 0, 'date'],
      ['nodes', 'hours', 'holidays', 1, 'date'],
    ]);
  });
});
