// Browser tests: Playwright drives Debian's chromium (never a downloaded browser) against
// `frirum demo`, built by cargo beforehand.
const { defineConfig } = require('@playwright/test');
const path = require('node:path');
const os = require('node:os');

const port = process.env.FRIRUM_E2E_PORT || '18181';
const binary = process.env.FRIRUM_BIN || path.join(__dirname, '..', 'target', 'debug', 'frirum');
const database = path.join(os.tmpdir(), `frirum-e2e-${port}.db`);

module.exports = defineConfig({
  testDir: './tests',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `"${binary}" demo --addr 127.0.0.1:${port} --database-url "${database}"`,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
