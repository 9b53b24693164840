import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioService } from './service';

/**
 * Loads the example scenarios into a new installation and publishes them, so `npm start`
 * has something to call. A scenario used as a subflow is published before its users.
 */
export async function seedExamples(scenarios: ScenarioService, dir: string): Promise<string[]> {
  const documents: Record<string, unknown>[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    documents.push(JSON.parse(await readFile(join(dir, file), 'utf8')));
  }
  for (const document of documents) await scenarios.create(document);
  let waiting = documents.map((d) => String(d.id));
  while (waiting.length > 0) {
    const failed: string[] = [];
    for (const id of waiting) {
      try {
        await scenarios.publish(id, 'Example scenario');
      } catch {
        failed.push(id);
      }
    }
    if (failed.length === waiting.length) throw new Error(`examples that cannot be published: ${failed.join(', ')}`);
    waiting = failed;
  }
  for (const document of documents) {
    const id = String(document.id);
    const channels = (document.channels as string[] | undefined) ?? ['voice'];
    // Each example answers on an address named after it: a number (SIP user), a chat channel, an SMS number.
    if (channels.includes('voice')) await scenarios.bind({ kind: 'number', address: id, scenarioId: id, revision: null });
    if (channels.includes('chat')) await scenarios.bind({ kind: 'chat', address: id, scenarioId: id, revision: null });
    if (channels.includes('sms')) await scenarios.bind({ kind: 'sms', address: id, scenarioId: id, revision: null });
  }
  return documents.map((d) => String(d.id));
}
