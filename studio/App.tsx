import { useTranslation } from 'react-i18next';
import { ScenarioList } from './scenarios/ScenarioList';
import { SessionsPage } from './monitor/SessionsPage';
import { ScenarioPage } from './scenarios/ScenarioPage';
import { Header } from './shell/Header';
import { Link, routeOf, usePath } from './shell/router';

export function App() {
  const { t } = useTranslation();
  const route = routeOf(usePath());
  return (
    <div className="app">
      <Header active={route.page === 'scenario' || route.page === 'scenarios' ? 'scenarios' : route.page === 'sessions' ? 'sessions' : null} />
      <main className="main">
        {route.page === 'scenarios' && <ScenarioList />}
        {route.page === 'scenario' && <ScenarioPage key={route.id} id={route.id} />}
        {route.page === 'sessions' && <SessionsPage />}
        {route.page === 'notFound' && (
          <section className="page">
            <h1>{t('notFound.title')}</h1>
            <p>{t('notFound.text', { path: route.path })}</p>
            <Link to="/">{t('notFound.back')}</Link>
          </section>
        )}
      </main>
    </div>
  );
}
