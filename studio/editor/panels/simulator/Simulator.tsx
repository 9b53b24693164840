import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../dsl/schema/document';
import type { Command } from '../../../../dsl/session/commands';
import { useEditor } from '../../store';
import { Controls } from './Controls';
import { MockEditor } from './MockEditor';
import { NAMESPACE } from './i18n';
import type { MockDraft } from './mocks';
import { canSpeak, speak, stopSpeaking } from './speech';
import { entersBy, startingAt } from './startFrom';
import { Transcript } from './Transcript';
import { useSimulation } from './useSimulation';
import { Variables } from './Variables';
import './simulator.css';

const CHANNELS: Channel[] = ['voice', 'chat', 'sms'];

/** Tries the scenario being edited in the browser: the same compiled machine the runtime runs. */
export function Simulator() {
  const { t } = useTranslation(NAMESPACE);
  const scenario = useEditor((s) => s.scenario);
  const errors = useEditor((s) => s.diagnostics.filter((d) => d.severity === 'error').length);
  const channels = scenario?.channels.length ? scenario.channels : CHANNELS;
  const [channel, setChannel] = useState<Channel>(channels[0]!);
  const [caller, setCaller] = useState('+4930123456789');
  const [locale, setLocale] = useState(scenario?.locales[0] ?? 'en-US');
  const [startAt, setStartAt] = useState('');
  const [spoken, setSpoken] = useState(false);
  const [mocks, setMocks] = useState<Record<string, MockDraft>>({});
  const sim = useSimulation(mocks, (commands: Command[]) => spoken && speak(commands));

  useEffect(() => stopSpeaking, []);
  useEffect(() => {
    if (!spoken) stopSpeaking();
  }, [spoken]);

  const nodes = useMemo(() => Object.entries(scenario?.nodes ?? {}).filter(([, n]) => n.kind !== 'start'), [scenario]);
  const remoteBots = nodes.filter(([, n]) => n.kind === 'bot' && n.controller.type !== 'nlu').map(([id, n]) => n.name || id);
  const entry = scenario ? entersBy(startingAt(scenario, startAt || null, channel), channel) : false;
  const canStart = !!scenario && errors === 0 && !sim.busy;
  const begin = () => {
    stopSpeaking();
    void sim.start({ channel, caller, locale, startAt: startAt || null });
  };
  const current = sim.step?.nodeId ? sim.step.nodeId.split('~')[0]! : null;

  return (
    <div className="sim" aria-label={t('title')}>
      <div className="sim-setup">
        <label className="sim-field">
          <span>{t('channel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="sim-field">
          <span>{t('locale')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value)}>
            {(scenario?.locales ?? [locale]).map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="sim-field">
          <span>{t('caller')}</span>
          <input value={caller} onChange={(e) => setCaller(e.target.value)} inputMode="tel" />
        </label>
        <label className="sim-field">
          <span>{t('startAt')}</span>
          <select value={startAt} onChange={(e) => setStartAt(e.target.value)} aria-label={t('startAt')}>
            <option value="">{t('startNode')}</option>
            {nodes.map(([id, n]) => (
              <option key={id} value={id}>
                {n.name ? `${n.name} (${id})` : id}
              </option>
            ))}
          </select>
        </label>
        <div className="sim-setup-actions">
          <label className="sim-toggle" title={canSpeak() ? undefined : t('noSpeech')}>
            <input type="checkbox" checked={spoken} disabled={!canSpeak()} onChange={(e) => setSpoken(e.target.checked)} />
            {t('speak')}
          </label>
          <button type="button" className="button button-primary button-small" disabled={!canStart} onClick={begin}>
            {sim.step ? t('restart') : t('start')}
          </button>
        </div>
      </div>

      {errors > 0 && <p className="alert alert-error sim-note">{t('hasErrors', { count: errors })}</p>}
      {errors === 0 && scenario && !entry && <p className="sim-note sim-warning">{t('noEntry', { channel: t(`channels.${channel}`) })}</p>}
      {remoteBots.length > 0 && <p className="sim-note sim-warning">{t('remoteBots', { nodes: remoteBots.join(', ') })}</p>}
      {sim.classifier === 'overlap' && (
        <p className="sim-note sim-warning" role="status" data-testid="sim-classifier">
          {t('classifierOverlap')}
        </p>
      )}
      {sim.error && (
        <p className="alert alert-error sim-note" role="alert">
          {sim.step ? t('failed', { message: sim.error }) : t('compileFailed', { message: sim.error })}
        </p>
      )}

      {sim.step ? (
        <>
          <div className="sim-status">
            <span className="muted">{t('current')}</span> <code data-testid="sim-current">{current ?? '—'}</code>
            {sim.step.ended && <span className="sim-ended">{t('ended', { reason: sim.step.endReason ?? '' })}</span>}
          </div>
          <Controls sim={sim} channel={channel} />
          <Transcript entries={sim.entries} />
          <Variables vars={sim.vars} />
        </>
      ) : (
        !sim.error && <p className="muted sim-note">{t('idle')}</p>
      )}
      {scenario && <MockEditor scenario={scenario} mocks={mocks} onChange={setMocks} />}
    </div>
  );
}
