import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../dsl/schema/document';
import { NAMESPACE } from './i18n';
import type { useSimulation } from './useSimulation';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
const TRANSFER = ['answered', 'busy', 'noAnswer', 'failed'] as const;
const QUEUE = ['answered', 'timeout', 'full'] as const;

/** What the simulated caller (or the outside world) can do where the session waits. */
export function Controls({ sim, channel }: { sim: ReturnType<typeof useSimulation>; channel: Channel }) {
  const { t } = useTranslation(NAMESPACE);
  const [text, setText] = useState('');
  const waiting = sim.step?.waitingFor;
  if (!sim.running) return null;
  const disabled = sim.busy;

  const submit = () => {
    if (!text.trim()) return;
    void sim.send(channel === 'voice' ? { type: 'speech', text: text.trim() } : { type: 'text', text: text.trim() });
    setText('');
  };

  return (
    <div className="sim-controls">
      {waiting === 'input' && (
        <>
          <p className="sim-waiting">{t('waitingInput')}</p>
          {channel === 'voice' && (
            <div className="sim-keypad" role="group" aria-label={t('keypad')}>
              {KEYS.map((key) => (
                <button key={key} type="button" className="sim-key" disabled={disabled} onClick={() => void sim.send({ type: 'digits', digits: key })}>
                  {key}
                </button>
              ))}
            </div>
          )}
          {channel !== 'voice' && sim.gather && sim.gather.choices.length > 0 && (
            <div className="sim-choices">
              {sim.gather.choices.map((c) => (
                <button key={c.value} type="button" className="button button-small" disabled={disabled} onClick={() => void sim.send({ type: 'text', text: c.label ?? c.value })}>
                  {c.label ?? c.value}
                </button>
              ))}
            </div>
          )}
          <form
            className="sim-say"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <input value={text} onChange={(e) => setText(e.target.value)} placeholder={channel === 'voice' ? t('say') : t('write')} aria-label={channel === 'voice' ? t('say') : t('write')} />
            <button type="submit" className="button button-small" disabled={disabled || !text.trim()}>
              {t('send')}
            </button>
          </form>
        </>
      )}
      {waiting === 'transfer' && (
        <Outcomes label={t('waitingTransfer')}>
          {TRANSFER.map((result) => (
            <button key={result} type="button" className="button button-small" disabled={disabled} onClick={() => void sim.send({ type: 'transferResult', result })}>
              {t(`transferResults.${result}`)}
            </button>
          ))}
        </Outcomes>
      )}
      {waiting === 'queue' && (
        <Outcomes label={t('waitingQueue')}>
          {QUEUE.map((result) => (
            <button key={result} type="button" className="button button-small" disabled={disabled} onClick={() => void sim.send({ type: 'queueResult', result })}>
              {t(`queueResults.${result}`)}
            </button>
          ))}
        </Outcomes>
      )}
      {waiting === 'recording' && (
        <Outcomes label={t('waitingRecording')}>
          <button type="button" className="button button-small" disabled={disabled} onClick={() => void sim.send({ type: 'recordingDone', duration: 12 })}>
            {t('recordingDone')}
          </button>
        </Outcomes>
      )}
      <div className="sim-row">
        {waiting === 'input' && (
          <button type="button" className="button button-small" disabled={disabled} onClick={() => void sim.send({ type: 'noInput' })}>
            {t('noInput')}
          </button>
        )}
        <span className="sim-spacer" />
        <button type="button" className="button button-small button-ghost button-ghost-danger" disabled={disabled} onClick={() => void sim.send({ type: 'hangup' })}>
          {t('hangup')}
        </button>
      </div>
    </div>
  );
}

function Outcomes({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sim-outcomes">
      <p className="sim-waiting">{label}</p>
      <div className="sim-choices">{children}</div>
    </div>
  );
}
