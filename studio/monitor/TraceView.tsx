import { useTranslation } from 'react-i18next';
import type { CallDetail } from './api';
import { NAMESPACE } from './i18n';
import { traceLine } from './trace';
import './monitor.css';

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** A session's trace, one line per entry; lines of a node can be clicked to show it (in the editor). */
export function TraceView({ call, onNode }: { call: CallDetail; onNode?: (nodeId: string) => void }) {
  const { t } = useTranslation(NAMESPACE);
  return (
    <ol className="trace" aria-label={t('trace')}>
      {call.trace.map((entry, i) => {
        const line = traceLine(entry);
        const clickable = onNode && line.nodeId;
        return (
          <li key={i} className={`trace-line trace-${line.kind}`}>
            <time className="trace-time">{time(entry.at)}</time>
            {clickable ? (
              <button type="button" className="trace-text trace-link" onClick={() => onNode(line.nodeId!)}>
                {line.text}
              </button>
            ) : (
              <span className="trace-text">{line.text}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
