import path from 'node:path';
import { freeUdpPort, spawnSipp, type SippRun } from '../../test/sipp';

export { freeUdpPort, stopSipp, type SippRun } from '../../test/sipp';

export const SCENARIOS = path.dirname(new URL(import.meta.url).pathname);

/** Runs one sipp call from `scenario` (a file in this folder, or `-sn` built-in name) against 127.0.0.1:`port`. */
export async function runSipp(scenario: string, port: number, keys: Record<string, string> = {}, service = 'hotline'): Promise<SippRun> {
  const [local, media, control] = [await freeUdpPort(), await freeUdpPort(), await freeUdpPort()];
  const scenarioArgs = scenario.endsWith('.xml') ? ['-sf', path.join(SCENARIOS, scenario)] : ['-sn', scenario];
  return spawnSipp([
    `127.0.0.1:${port}`, ...scenarioArgs, '-s', service, '-m', '1', '-i', '127.0.0.1', '-p', String(local),
    '-mp', String(media), '-cp', String(control), '-nostdin', '-timeout', '20s', '-timeout_error',
    '-trace_err', '-trace_msg', ...Object.entries(keys).flatMap(([k, v]) => ['-key', k, v]),
  ]);
}
