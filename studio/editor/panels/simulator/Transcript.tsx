import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../store';
import { NAMESPACE } from './i18n';
import type { Entry } from './transcript';

/** Bot lines left, the caller's right, the channel's in between; clicking a line shows its node. */
export function Transcript({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation(NAMESPACE);
  const store = useEditorStore();
  const list = useRef<HTMLOListElement>(null);
  // Only the transcript scrolls to its newest line; the panel around it stays where the user left it.
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [entries.length]);
  return (
    <section className="sim-section">
      <h3>{t('transcript')}</h3>
      <ol ref={list} className="sim-transcript" aria-label={t('transcript')}>
        {entries.map((entry, i) => (
          <li
            key={i}
            className={`sim-line sim-line-${entry.who}${entry.tone ? ` sim-line-${entry.tone}` : ''}`}
            onClick={entry.nodeId ? () => store.focus(entry.nodeId!.split('~')[0]!) : undefined}
          >
            {t(entry.key, entry.values.channel ? { ...entry.values, channel: t(`channels.${entry.values.channel}`) } : entry.values)}
          </li>
        ))}
      </ol>
    </section>
  );
}
