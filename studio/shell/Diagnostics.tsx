import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../dsl/diagnostics';

/** The runtime's diagnostics, errors first, each with where it points. */
export function Diagnostics({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const { t } = useTranslation();
  if (diagnostics.length === 0) return null;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul className="diagnostics" aria-label={t('diagnostics.title')}>
      {sorted.map((d, index) => (
        <li key={index} className={`diagnostic diagnostic-${d.severity}`}>
          <span className="diagnostic-severity">{t(`diagnostics.${d.severity}`)}</span>
          <span className="diagnostic-message">{d.message}</span>
          {d.path && d.path.length > 0 && <code className="diagnostic-path">{d.path.join('.')}</code>}
        </li>
      ))}
    </ul>
  );
}
