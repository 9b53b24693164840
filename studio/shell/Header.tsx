import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES, type Language } from '../i18n';
import { Link } from './router';

/** Product name, the main sections, and the language switch. */
export function Header({ active }: { active: 'scenarios' | 'sessions' | null }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="header">
      <Link to="/" className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" />
          <path d="M8 10h9v5H8zM15 18h9v5h-9z" fill="#fff" />
          <path d="M12.5 15v3h4" stroke="#fff" strokeWidth="2" fill="none" />
        </svg>
        <span>Callflow Studio</span>
      </Link>
      <nav className="nav" aria-label={t('nav.label')}>
        <Link to="/" aria-current={active === 'scenarios' ? 'page' : undefined}>
          {t('nav.scenarios')}
        </Link>
        <Link to="/sessions" aria-current={active === 'sessions' ? 'page' : undefined}>
          {t('nav.sessions')}
        </Link>
      </nav>
      <span className="header-spacer" />
      <label className="language">
        <span className="visually-hidden">{t('nav.language')}</span>
        <select value={i18n.resolvedLanguage ?? 'en'} onChange={(e) => chooseLanguage(e.target.value as Language)} aria-label={t('nav.language')}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
