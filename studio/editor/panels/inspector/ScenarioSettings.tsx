import { useTranslation } from 'react-i18next';
import { Scenario } from '../../../../dsl/schema/document';
import { FieldDiagnostics } from '../../../forms/fields';
import { setAt, type Path } from '../../../forms/path';
import { jsonSchemaOf } from '../../../forms/schema';
import { SchemaForm } from '../../../forms/SchemaForm';
import { useEditor, useEditorStore, type Document } from '../../store';
import { localesOf } from './NodeInspector';

/** Format fields and the flow itself are not settings: the id names the record, nodes live on the canvas. */
const NOT_SETTINGS = ['$schema', 'dsl', 'id', 'start', 'nodes', 'notes'];
const schema = jsonSchemaOf(Scenario);
const BASE: Path = [];

/** With nothing selected: the scenario's name, description, locales, channels and variables. */
export function ScenarioSettings() {
  const { t } = useTranslation('inspector');
  const store = useEditorStore();
  const document = useEditor((s) => s.document);
  const all = useEditor((s) => s.diagnostics);
  const diagnostics = all.filter((d) => d.nodeId === undefined);
  const change = (path: Path, value: unknown) => store.change(setAt(store.getSnapshot().document, path, value) as Document);
  return (
    <div className="inspector-scenario">
      <header className="inspector-head">
        <div>
          <div className="inspector-title">{t('scenario')}</div>
          <div className="muted">
            {t('scenarioId')}: <span className="mono">{String(document.id ?? '')}</span>
          </div>
        </div>
      </header>
      <SchemaForm
        schema={schema}
        value={document}
        omit={NOT_SETTINGS}
        base={BASE}
        locales={localesOf(document)}
        variables={Object.keys((document.variables as object | undefined) ?? {})}
        diagnostics={diagnostics}
        onChange={change}
        renderGeneral={(general) =>
          general.length > 0 && (
            <section className="inspector-general" aria-label={t('scenarioProblems')}>
              <FieldDiagnostics diagnostics={general} />
            </section>
          )
        }
      />
    </div>
  );
}
