import { writeFileSync } from 'node:fs';
import { compileFile } from '../check';

/** Prints (or writes) the machine config; its key order follows the compiler, so output is byte-stable. */
export function compileCommand(file: string, options: { out?: string }): number {
  const outcome = compileFile(file);
  if (!outcome.ok) {
    console.error(outcome.report);
    return 1;
  }
  const json = `${JSON.stringify(outcome.compiled.machine, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, json);
  else process.stdout.write(json);
  return 0;
}
