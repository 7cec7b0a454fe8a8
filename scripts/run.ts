// `npm start` / `npm run dev`: runs the app against WHAUTOMATE_API_URL when it is set, otherwise
// starts the bundled sandbox upstream first and points the app at it over HTTP. `npm start` builds
// when needed and runs the standalone server a deployment runs (`npm run serve`).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildApp, standaloneServer } from "./build";
import { needsBuild } from "./needs-build";
import { waitFor } from "./wait-for";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const root = path.resolve(import.meta.dirname, "..");
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
  children.push(child);
  return child;
}

function stopAll(code: number): never {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => stopAll(130));
process.on("SIGTERM", () => stopAll(143));

function demoSecret(dataDir: string, name: "session-secret" | "webhook-secret"): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function withSandbox(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const port = env.SANDBOX_PORT ?? "4010";
  const apiKey = env.SANDBOX_API_KEY ?? "sandbox-key";
  const dataFile = env.SANDBOX_DATA ?? path.join(root, "sandbox-data", "sandbox.json");
  const sandboxUrl = `http://127.0.0.1:${port}`;
  // The sandbox announces changes to the app's webhook route, as Whautomate would.
  const webhookSecret = env.WEBHOOK_SECRET ?? demoSecret(path.dirname(dataFile), "webhook-secret");
  const sandbox = run(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    ...env,
    SANDBOX_PORT: port,
    SANDBOX_API_KEY: apiKey,
    SANDBOX_DATA: dataFile,
    SANDBOX_WEBHOOK_URL:
      env.SANDBOX_WEBHOOK_URL ?? `http://localhost:${env.PORT ?? "3000"}/api/webhooks/whautomate`,
    SANDBOX_WEBHOOK_HEADERS: env.SANDBOX_WEBHOOK_HEADERS ?? `x-webhook-secret: ${webhookSecret}`,
    // An account whose portal sends the confirmations has its own notification automations off.
    SANDBOX_NOTIFICATIONS: env.SANDBOX_NOTIFICATIONS ?? (env.CONFIRMATIONS === "portal" ? "0" : "1"),
  });
  sandbox.on("exit", (code) => {
    console.error(`The sandbox stopped (exit code ${code}).`);
    stopAll(1);
  });
  await waitFor(`${sandboxUrl}/__sandbox/health`, 15_000);
  console.log(`No WHAUTOMATE_API_URL set: using the demo sandbox at ${sandboxUrl}`);
  return {
    ...env,
    WHAUTOMATE_API_URL: sandboxUrl,
    WHAUTOMATE_API_KEY: apiKey,
    SESSION_SECRET: env.SESSION_SECRET ?? demoSecret(path.dirname(dataFile), "session-secret"),
    WEBHOOK_SECRET: webhookSecret,
    BUSINESS_NAME: env.BUSINESS_NAME ?? "Lotus & Lane",
    BUSINESS_CURRENCY: env.BUSINESS_CURRENCY ?? "GBP",
  };
}

async function main() {
  const baseEnv = { ...process.env };
  const env = baseEnv.WHAUTOMATE_API_URL ? baseEnv : await withSandbox(baseEnv);
  const port = env.PORT ?? "3000";
  const distDir = env.NEXT_DIST_DIR || ".next";

  if (mode === "start" && needsBuild(root, distDir)) {
    console.log("Building the app (first start or sources changed)…");
    const code = await buildApp(root, env);
    if (code !== 0) stopAll(code);
  }

  // Never `next start`/`next dev` themselves: scripts/server.ts decides what a request may claim.
  const server =
    mode === "dev" ? ["--import", "tsx", "scripts/server.ts"] : [standaloneServer(root, distDir)];
  const app = run(process.execPath, [...server, mode, port], {
    ...env,
    NODE_ENV: mode === "dev" ? "development" : "production",
  });
  app.on("exit", (code) => stopAll(code ?? 0));
  await waitFor(`http://localhost:${port}/`, 120_000).catch(() => undefined);
  console.log(`\n  Booking portal ready: http://localhost:${port}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
