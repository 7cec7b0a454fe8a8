// `npm run check`: reads the account at WHAUTOMATE_API_URL with WHAUTOMATE_API_KEY (GET only, within
// a small request budget) and says in plain words whether the portal can work with it. Without
// WHAUTOMATE_API_URL it checks the bundled sandbox, as `npm start` would use it; SANDBOX_DRIFT=1
// makes that sandbox answer the way a drifted account might. Exit code 1: the portal cannot work.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type SandboxHandle, startSandbox } from "../sandbox/server";

async function startBundledSandbox(): Promise<{ sandbox: SandboxHandle; dir: string; apiKey: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "portal-check-"));
  const apiKey = randomBytes(16).toString("hex");
  const drift = process.env.SANDBOX_DRIFT === "1";
  const sandbox = await startSandbox({ port: 0, apiKey, dataFile: path.join(dir, "sandbox.json"), drift });
  console.log(`No WHAUTOMATE_API_URL set: checking the bundled sandbox${drift ? " (drifted answers)" : ""}.`);
  return { sandbox, dir, apiKey };
}

async function main(): Promise<number> {
  const bundled = process.env.WHAUTOMATE_API_URL ? null : await startBundledSandbox();
  if (bundled) {
    process.env.WHAUTOMATE_API_URL = bundled.sandbox.url;
    process.env.WHAUTOMATE_API_KEY = bundled.apiKey;
  }
  // The app's config module also demands a session secret; the check signs nothing, so any will do.
  process.env.SESSION_SECRET ||= randomBytes(32).toString("base64url");
  try {
    // Imported only now: the config module reads the environment as it loads.
    const { env } = await import("../lib/env");
    const { runConnectionCheck } = await import("../lib/whautomate/connection-check");
    const { formatConnectionCheck } = await import("../lib/whautomate/connection-check-report");
    const report = await runConnectionCheck({
      baseUrl: env.WHAUTOMATE_API_URL,
      apiKey: env.WHAUTOMATE_API_KEY,
      timeoutMs: env.WHAUTOMATE_TIMEOUT_MS,
    });
    console.log(formatConnectionCheck(report, env.WHAUTOMATE_API_KEY));
    return report.works ? 0 : 1;
  } finally {
    if (bundled) {
      await bundled.sandbox.close();
      await rm(bundled.dir, { recursive: true, force: true });
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
