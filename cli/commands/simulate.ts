import { simulate, type SimulateOptions } from '../../dsl/interpret';
import type { Scenario } from '../../dsl/schema/document';
import { compileFile } from '../check';
import { parseMock, parseVar, UsageError } from '../simulate-options';

/** The scenario-facing flags are SimulateOptions' own; the rest are the command line's. */
export type SimulateFlags = Pick<SimulateOptions, 'channel' | 'trigger' | 'caller' | 'called' | 'locale' | 'now'> & {
  say?: string[];
  var?: string[];
  mock?: string[];
  json?: boolean;
};

/** Runs a scripted caller through the scenario and prints the conversation. */
export async function simulateCommand(file: string, flags: SimulateFlags): Promise<number> {
  const outcome = compileFile(file);
  if (!outcome.ok) {
    console.error(outcome.report);
    return 1;
  }
  let options: SimulateOptions;
  try {
    options = simulateOptions(flags, outcome.scenario);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 1;
  }
  const result = await simulate(outcome.compiled, flags.say ?? [], options);
  if (flags.json) console.log(JSON.stringify(result, null, 2));
  else console.log(result.transcript.join('\n'));
  if (result.error) console.error(`${file}: the script does not fit the flow: ${result.error}`);
  return result.error ? 1 : 0;
}

function simulateOptions(flags: SimulateFlags, scenario: Scenario): SimulateOptions {
  const { channel, trigger, caller, called, locale, now } = flags;
  if (now !== undefined && Number.isNaN(Date.parse(now)))
    throw new UsageError(`--now "${now}" is not an ISO time such as 2026-03-02T10:00:00+01:00`);
  return {
    channel,
    trigger,
    caller,
    called,
    locale,
    now,
    vars: Object.fromEntries((flags.var ?? []).map((spec) => parseVar(spec, scenario))),
    http: Object.fromEntries((flags.mock ?? []).map(parseMock)),
  };
}
