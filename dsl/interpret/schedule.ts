import type { z } from 'zod';
import type { ScheduleNode } from '../nodes/schedule';

type Schedule = Pick<z.infer<typeof ScheduleNode>, 'timezone' | 'hours' | 'holidays'>;
export type ScheduleStatus = 'open' | 'closed' | 'holiday';

/** The wall-clock date, weekday and time in a time zone, via Intl (works in browsers and Node). */
export function localTime(now: Date, timezone: string): { date: string; weekday: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).slice(0, 3).toLowerCase(),
    time: `${parts.hour}:${parts.minute}`,
  };
}

export function scheduleStatus(schedule: Schedule, now: Date): ScheduleStatus {
  const { date, weekday, time } = localTime(now, schedule.timezone);
  if (schedule.holidays.some((h) => h.date === date || h.date === date.slice(5))) return 'holiday';
  const ranges = schedule.hours[weekday as keyof Schedule['hours']] ?? [];
  return ranges.some((r) => r.from <= time && time < r.to) ? 'open' : 'closed';
}
