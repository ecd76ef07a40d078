import { defineConfig } from '@playwright/test'

// E2E_PORT / E2E_MANAGEMENT_PORT let two checkouts run their browser tests side by side.
const port = process.env.E2E_PORT || '8181'
const managementPort = process.env.E2E_MANAGEMENT_PORT || '9181'

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.js',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
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
    command: `java -Dquarkus.profile=e2e -Dquarkus.http.port=${port} -D%e2e.quarkus.management.port=${managementPort} -Dworkshop-hub.data-dir=../target/e2e-data -jar ../target/quarkus-app/quarkus-run.jar`,
    // health is on the management port, not the public one
    url: `http://localhost:${managementPort}/q/health/ready`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
