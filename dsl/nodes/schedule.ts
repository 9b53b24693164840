import { z } from 'zod';
import { nodeBase, Target } from '../schema/common';
import { defineNode, optional, required } from './define';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time such as "08:30"');
export const TimeRange = z.strictObject({ from: Time, to: Time });
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const Holiday = z.strictObject({
  date: z
    .string()
    .regex(/^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date "2026-12-24", or "12-24" for every year'),
  name: z.string().max(200).optional(),
});

export const ScheduleNode = z
  .strictObject({
    kind: z.literal('schedule'),
    ...nodeBase,
    timezone: z.string().min(1).max(64).describe('IANA time zone, e.g. Europe/Berlin'),
    hours: z
      .strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(TimeRange).max(10).optional()])) as {
        [D in (typeof WEEKDAYS)[number]]: z.ZodOptional<z.ZodArray<typeof TimeRange>>;
      })
      .describe('Opening hours per weekday; a missing day is closed'),
    holidays: z.array(Holiday).max(500).default([]),
    on: z.strictObject({ open: Target.optional(), closed: Target.optional(), holiday: Target.optional() }),
  })
  .describe('Business hours, holidays and time zone');

export const schedule = defineNode({
  kind: 'schedule',
  schema: ScheduleNode,
  summary: 'Business hours and holidays in a time zone',
  ports: () => [required('open'), required('closed'), optional('holiday')],
  waits: () => false,
});
