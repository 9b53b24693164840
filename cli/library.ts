import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readJsonFile, type JsonFile } from './files';

/**
 * Scenario documents by id, for resolving subflow references. A subflow usually sits beside
 * the scenario that runs it, so the library holds the named files plus every other *.json file
 * in their folders; files that are not scenarios (or not JSON) are simply not in it.
 */
export class ScenarioLibrary {
  private readonly byId = new Map<string, unknown>();
  private readonly reads = new Map<string, JsonFile>();

  constructor(files: string[]) {
    const named = new Set(files.map((f) => resolve(f)));
    const siblings = [...new Set([...named].map((f) => dirname(f)))].flatMap(jsonFilesIn);
    // Named files come last so that they win over a sibling with the same id.
    for (const file of [...siblings.filter((f) => !named.has(f)), ...named]) {
      const read = this.read(file);
      if (!read.ok) continue;
      const id = (read.value as { id?: unknown } | null)?.id;
      if (typeof id === 'string') this.byId.set(id, read.value);
    }
  }

  /** Reads a file once, however often it is asked for (as a named file and as a sibling). */
  read(file: string): JsonFile {
    const key = resolve(file);
    const read = this.reads.get(key) ?? readJsonFile(key);
    this.reads.set(key, read);
    return { ...read, file };
  }

  /** The raw document with this id. Revisions are not stored in files, so any pinned revision resolves to the file. */
  document(id: string): unknown {
    return this.byId.get(id);
  }
}

function jsonFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}
