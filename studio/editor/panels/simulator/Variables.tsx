import { useTranslation } from 'react-i18next';
import { NAMESPACE } from './i18n';

export function Variables({ vars }: { vars: Record<string, unknown> }) {
  const { t } = useTranslation(NAMESPACE);
  const names = Object.keys(vars).sort();
  return (
    <section className="sim-section">
      <h3>{t('variables')}</h3>
      {names.length === 0 ? (
        <p className="muted">{t('noVariables')}</p>
      ) : (
        <dl className="sim-vars">
          {names.map((name) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                <code>{JSON.stringify(vars[name])}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
