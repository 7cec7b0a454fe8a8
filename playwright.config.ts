import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { appPort, appUrl, embedHostUrl, proxyUrl, sandboxApiKey, sandboxPort } from "./e2e/ports";

// Debian's Chromium where it is installed (CI and these machines cannot download Playwright's);
// Playwright's own browser on a laptop that has run `npx playwright install chromium`.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));

const launchOptions = {
  executablePath: systemChromium,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const serverSpecs = [
  "serve.spec.ts",
  "authorisation.spec.ts",
  "security-*.spec.ts",
  "embed-security.spec.ts",
  "reliability-*.spec.ts",
  "sign-in.spec.ts",
  "stored-name-privacy.spec.ts",
  "whatsapp-confirmations.spec.ts",
  "webhooks.spec.ts",
  "booking-cache.spec.ts",
  "classes-race.spec.ts",
  "hydration.spec.ts",
  "offline.spec.ts",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: appUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    timezoneId: "Europe/London",
    // The app's default language; the specs that need another set their own (e2e/languages.spec.ts).
    locale: "en-US",
    launchOptions,
  },
  projects: [
    { name: "desktop", testIgnore: "instances/**", use: { ...devices["Desktop Chrome"], launchOptions } },
    // Specs about the server (its security, its failures, what it sends), not about a screen,
    // prove the same on every viewport: desktop runs them once.
    {
      name: "phone",
      testIgnore: ["instances/**", ...serverSpecs],
      use: { ...devices["Pixel 7"], launchOptions },
    },
    // Two app instances sharing a real Redis behind a round-robin proxy, started by the project's
    // own worker fixture (e2e/instances/cluster.ts) from the build the webServer below makes.
    {
      name: "instances",
      testMatch: "instances/**/*.spec.ts",
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: proxyUrl },
    },
  ],
  webServer: {
    command: "npm start",
    url: `${appUrl}/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    // The app logs a line per request on stdout: thousands in a run. Warnings and errors (stderr)
    // still show.
    stdout: "ignore",
    env: {
      PORT: String(appPort),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next",
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_API_KEY: sandboxApiKey,
      SANDBOX_DATA: `sandbox-data/e2e-${sandboxPort}/sandbox.json`,
      BUSINESS_NAME: "Lotus & Lane",
      EMBED_ALLOWED_ORIGINS: embedHostUrl,
      // The suite plays a proxy in front of the app: each test names its own client address in
      // X-Forwarded-For, so per-address limits do not carry from test to test. Requests from any
      // other loopback address are direct clients (e2e/security-forwarded.spec.ts).
      TRUSTED_PROXIES: "127.0.0.1, ::1",
      // Short enough that the reliability specs can outwait it with sandbox latency.
      WHAUTOMATE_TIMEOUT_MS: "2500",
      // Every spec resets the sandbox, which no webhook announces: slots and classes are read afresh
      // each time (the last good answer is still kept for when the upstream fails). Caching itself
      // is proven in lib/upstream-cache's integration tests.
      CACHE_AVAILABILITY_SECONDS: "0",
      // Nor may a spent read budget stand an older answer in for a fresh one.
      UPSTREAM_READS_PER_MINUTE: "10000",
    },
  },
});
