import { Command, CommanderError, Option } from 'commander';
import { compileCommand } from './commands/compile';
import { schemaCommand } from './commands/schema';
import { simulateCommand, type SimulateFlags } from './commands/simulate';
import { validateCommand } from './commands/validate';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function program(setExitCode: (code: number) => void): Command {
  const cli = new Command('callflow')
    .description('Validate, compile and simulate Callflow Studio scenarios')
    .exitOverride()
    .showHelpAfterError();

  cli
    .command('validate')
    .description('check scenario files; exit 1 when any has errors')
    .argument('<files...>', 'scenario JSON files (subflows resolve from the same folders)')
    .option('--json', 'print {file, ok, diagnostics}[] as JSON')
    .action((files: string[], options: { json?: boolean }) => setExitCode(validateCommand(files, options)));

  cli
    .command('compile')
    .description('print the XState machine config the scenario compiles to')
    .argument('<file>', 'scenario JSON file')
    .option('--out <file>', 'write the JSON to a file instead of printing it')
    .action((file: string, options: { out?: string }) => setExitCode(compileCommand(file, options)));

  cli
    .command('simulate')
    .description('run a scripted caller through the scenario and print the conversation')
    .argument('<file>', 'scenario JSON file')
    .option('--say <entry>', 'caller input, in order: 1, digits:123, speech:billing, text:hello, noInput, transfer:busy, queue:timeout, recording, hangup', collect)
    .addOption(new Option('--channel <channel>', 'channel of the session').choices(['voice', 'chat', 'sms']))
    .addOption(new Option('--trigger <trigger>', 'how the session starts').choices(['call', 'chat', 'sms', 'outbound']))
    .option('--caller <number>', 'caller number, e.g. +4930123456')
    .option('--called <number>', 'called number')
    .option('--locale <locale>', 'conversation locale, e.g. de-DE (default: the scenario\'s first)')
    .option('--now <iso>', 'time the session starts, e.g. 2026-03-02T10:00:00+01:00 (for schedules)')
    .option('--var <name=value>', 'value of an input variable (repeatable)', collect)
    .option('--mock <node=answer>', 'answer of an http node: <id>=<status>:<json>, <id>=timeout or <id>=error (repeatable)', collect)
    .option('--json', 'print the whole result (transcript, path, ended, error) as JSON')
    .action(async (file: string, flags: SimulateFlags) => setExitCode(await simulateCommand(file, flags)));

  cli
    .command('schema')
    .description('print the JSON Schema of a scenario document')
    .action(() => setExitCode(schemaCommand()));

  return cli;
}

/** Runs the CLI and returns the exit code, so tests and the bin script decide how to exit. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  try {
    await program((code) => (exitCode = code)).parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return exitCode;
}
