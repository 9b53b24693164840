import type { Feature } from './app';
import { nativeRoutes } from './adapters/native/routes';
import { openApiRoutes } from './openapi/routes';
import { scenarioRoutes } from './scenarios/routes';

/** Every group of routes the server has; each lives in its own folder. */
export const FEATURES: Feature[] = [scenarioRoutes, nativeRoutes, openApiRoutes];
