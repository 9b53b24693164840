import { describe, expect, it } from 'vitest';
import { scheduleStatus } from './schedule';

const office = {
  timezone: 'Europe/Berlin',
  hours: { mon: [{ from: '08:00', to: '18:00' }], sat: [{ from: '09:00', to: '12:00' }] },
  holidays: [{ date: '12-25' }, { date: '2026-11-30', name: 'Betriebsausflug' }],
};

describe('scheduleStatus', () => {
  it('compares opening hours in the schedule\'s time zone, not the server\'s', () => {
    // Monday 2026-11-23 07:30 UTC is 08:30 in Berlin (CET, UTC+1).
    expect(scheduleStatus(office, new Date('2026-11-23T07:30:00Z'))).toBe('open');
    expect(scheduleStatus(office, new Date('2026-11-23T06:59:00Z'))).toBe('closed');
    expect(scheduleStatus(office, new Date('2026-11-23T17:00:00Z'))).toBe('closed');
  });

  it('follows daylight saving time', () => {
    // Monday 2026-06-01 06:30 UTC is 08:30 in Berlin (CEST, UTC+2).
    expect(scheduleStatus(office, new Date('2026-06-01T06:30:00Z'))).toBe('open');
  });

  it('treats days without hours as closed and knows recurring and dated holidays', () => {
    expect(scheduleStatus(office, new Date('2026-11-24T10:00:00Z'))).toBe('closed');
    expect(scheduleStatus(office, new Date('2027-12-25T10:00:00Z'))).toBe('holiday');
    expect(scheduleStatus(office, new Date('2026-11-30T10:00:00Z'))).toBe('holiday');
  });
});
