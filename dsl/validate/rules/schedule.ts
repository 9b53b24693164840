import type { Diagnostic } from '../../diagnostics';
import type { NodeOf } from '../../nodes';
import { WEEKDAYS } from '../../nodes/schedule';
import { shorten } from '../describe';
import { closest } from '../suggest';
import type { Rule } from '../types';

const DAY_NAMES: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const zoneChecks = new Map<string, boolean>();

/**
 * Intl knows the IANA zones in browsers and in Node alike; an unknown zone makes it throw.
 * Building a formatter is slow and the answer never changes, so it is remembered.
 */
export function isTimeZone(zone: string): boolean {
  const known = zoneChecks.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (zoneChecks.size < 1000) zoneChecks.set(zone, valid);
  return valid;
}

function timeZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

function isRealDate(date: string): boolean {
  const parts = date.split('-').map(Number);
  // "12-24" recurs every year; a leap year lets "02-29" through.
  const [year, month, day] = parts.length === 3 ? parts : [2000, ...parts];
  if (!year || !month || !day) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

function checkSchedule(subject: string, id: string, schedule: NodeOf<'schedule'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (...path: (string | number)[]) => ({ severity: 'error' as const, nodeId: id, path: ['nodes', id, ...path] });
  if (!isTimeZone(schedule.timezone)) {
    const match = closest(schedule.timezone, timeZones());
    const hint = match ? ` (did you mean '${match}'?)` : '; use one like Europe/Berlin';
    diagnostics.push({
      ...at('timezone'),
      code: 'schedule.timezone',
      message: `${subject}: '${shorten(schedule.timezone, 64)}' is not a known time zone${hint}`,
    });
  }
  for (const day of WEEKDAYS) {
    (schedule.hours[day] ?? []).forEach((range, index) => {
      if (range.from < range.to) return;
      diagnostics.push({
        ...at('hours', day, index),
        code: 'schedule.range',
        message: `${subject}: on ${DAY_NAMES[day]}, ${range.from}–${range.to} does not end after it starts`,
      });
    });
  }
  schedule.holidays.forEach((holiday, index) => {
    if (isRealDate(holiday.date)) return;
    const message = `${subject}: ${holiday.date} is not a date in the calendar`;
    diagnostics.push({ ...at('holidays', index, 'date'), code: 'schedule.date', message });
  });
  return diagnostics;
}

/** Opening hours are in a real time zone, with ranges that end after they start, on real dates. */
export const scheduleRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes)
    if (node.kind === 'schedule') diagnostics.push(...checkSchedule(context.describe(id), id, node));
  return diagnostics;
};
