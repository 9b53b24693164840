import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../dsl/schema/document';
import { NAMESPACE } from './i18n';
import { bodyProblem, NO_MOCK, type MockDraft } from './mocks';

const MODES: MockDraft['mode'][] = ['none', 'response', 'runtime', 'timeout', 'error'];

/** Canned answers for the scenario's HTTP nodes; shown only when there are some. */
export function MockEditor({ scenario, mocks, onChange }: { scenario: Scenario; mocks: Record<string, MockDraft>; onChange: (mocks: Record<string, MockDraft>) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const nodes = Object.entries(scenario.nodes).filter(([, n]) => n.kind === 'http');
  if (nodes.length === 0) return null;
  const update = (id: string, patch: Partial<MockDraft>) => onChange({ ...mocks, [id]: { ...(mocks[id] ?? NO_MOCK), ...patch } });
  return (
    <details className="sim-section sim-mocks">
      <summary>
        <h3>{t('mocks')}</h3>
      </summary>
      <p className="muted">{t('mocksHint')}</p>
      {nodes.map(([id, node]) => {
        const mock = mocks[id] ?? NO_MOCK;
        const problem = mock.mode === 'response' ? bodyProblem(mock.body) : undefined;
        return (
          <fieldset key={id} className="sim-mock">
            <legend>{node.name ?? id}</legend>
            <select value={mock.mode} onChange={(e) => update(id, { mode: e.target.value as MockDraft['mode'] })} aria-label={`${t('mocks')} ${id}`}>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`mockModes.${m}`)}
                </option>
              ))}
            </select>
            {mock.mode === 'response' && (
              <>
                <label className="sim-field">
                  <span>{t('status')}</span>
                  <input type="number" min={100} max={599} value={mock.status} onChange={(e) => update(id, { status: Number(e.target.value) || 200 })} />
                </label>
                <label className="sim-field">
                  <span>{t('body')}</span>
                  <textarea rows={4} value={mock.body} spellCheck={false} onChange={(e) => update(id, { body: e.target.value })} />
                </label>
                {problem && <p className="sim-problem">{t('badBody', { message: problem })}</p>}
              </>
            )}
          </fieldset>
        );
      })}
    </details>
  );
}
