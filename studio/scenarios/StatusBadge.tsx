import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../api/scenarios';

/** Published scenarios show the revision calls run on; a rollback makes it differ from the newest. */
export function StatusBadge({ scenario }: { scenario: ScenarioSummary }) {
  const { t } = useTranslation();
  if (scenario.published === null) return <span className="badge badge-draft">{t('status.draft')}</span>;
  const current = scenario.current ?? scenario.published;
  return (
    <span className="badge badge-published" title={t('status.revisionTitle', { current, newest: scenario.published })}>
      {t('status.published')} · {t('status.revision', { revision: current })}
    </span>
  );
}
