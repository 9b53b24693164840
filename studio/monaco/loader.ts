import type * as Monaco from './editor';
import schema from '../../dsl/scenario.schema.json';

export type MonacoApi = typeof Monaco;

/**
 * Where the JSON panel keeps a scenario's model. The schema is registered at the address a
 * document's own `"$schema": "../dsl/scenario.schema.json"` resolves to from here, so documents
 * with and without that property are checked against the same, bundled schema.
 */
export const modelUri = (scenarioId: string) => `file:///callflow/scenarios/${encodeURIComponent(scenarioId)}.json`;
const SCHEMA_URI = 'file:///callflow/dsl/scenario.schema.json';

let loading: Promise<MonacoApi> | undefined;

/**
 * Monaco is big: it is loaded only when the JSON panel first opens, from the bundle (never a
 * CDN), with its workers built by Vite from the package. Only the editor and JSON workers exist.
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= (async () => {
    const [monaco, editorWorker, jsonWorker] = await Promise.all([
      import('./editor'),
      import('monaco-editor/editor/editor.worker?worker'),
      import('monaco-editor/language/json/json.worker?worker'),
    ]);
    self.MonacoEnvironment = {
      getWorker: (_id: string, label: string) => (label === 'json' ? new jsonWorker.default() : new editorWorker.default()),
    };
    monaco.jsonDefaults.setDiagnosticsOptions({
      validate: true,
      allowComments: false,
      // Never fetch a schema: the one that matters is bundled, and nothing may leave the machine.
      enableSchemaRequest: false,
      schemaRequest: 'ignore',
      schemas: [{ uri: SCHEMA_URI, fileMatch: ['file:///callflow/scenarios/*'], schema }],
    });
    return monaco;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
