import type { StorybookConfig } from '@storybook/react-vite';

/** Offline by design: no telemetry, no crash reports, no update checks, nothing from a CDN. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  typescript: { reactDocgen: false },
};

export default config;
