// Browser tests: Playwright drives Debian's chromium (never a downloaded browser) against
// `frirum demo`, built by cargo beforehand.
const { defineConfig } = require('@playwright/test');
const path = require('node:path');
const os = require('node:os');

const port = process.env.FRIRUM_E2E_PORT || '18181';
const binary = process.env.FRIRUM_BIN || path.join(__dirname, '..', 'target', 'debug', 'frirum');
const database = path.join(os.tmpdir(), `frirum-e2e-${port}.db`);
// The SMTP sink that receives the demo's e-mails (smtp-sink.js), and where it lists them.
const smtpPort = process.env.FRIRUM_E2E_SMTP_PORT || '18125';
const sinkPort = process.env.FRIRUM_E2E_SINK_PORT || '18126';
// The OpenID Connect provider on loopback (oidc-provider.js) that the demo offers as its
// e-ID, and the providers' file that tells the demo where it is.
const oidcPort = process.env.FRIRUM_E2E_OIDC_PORT || '18127';
const oidcProviders = path.join(os.tmpdir(), `frirum-e2e-oidc-${port}.toml`);
require('node:fs').writeFileSync(
  oidcProviders,
  require('./oidc-provider').providersToml(`http://127.0.0.1:${oidcPort}`),
);

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
  webServer: [
    {
      command: `node "${path.join(__dirname, 'smtp-sink.js')}"`,
      url: `http://127.0.0.1:${sinkPort}/messages`,
      env: { FRIRUM_E2E_SMTP_PORT: smtpPort, FRIRUM_E2E_SINK_PORT: sinkPort },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node "${path.join(__dirname, 'oidc-provider.js')}"`,
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      env: { FRIRUM_E2E_OIDC_PORT: oidcPort, FRIRUM_E2E_PORT: port },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `"${binary}" demo --addr 127.0.0.1:${port} --database-url "${database}" --smtp-url smtp://127.0.0.1:${smtpPort} --oidc-providers "${oidcProviders}"`,
      url: `http://127.0.0.1:${port}/readyz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
