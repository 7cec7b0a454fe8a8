// Builds and runs the production app and the sandbox for the benchmark, and stops what it started.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import path from "node:path";
import { buildApp as buildStandalone, standaloneServer } from "../scripts/build";
import { needsBuild } from "../scripts/needs-build";
import { waitFor } from "../scripts/wait-for";
import { startAppInstances, type AppInstances } from "../test/support/app-instances";
import { appUrl, bench, sandboxUrl } from "./config";

const appEnv = (overrides: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  NEXT_DIST_DIR: bench.distDir,
  NEXT_TELEMETRY_DISABLED: "1",
  WHAUTOMATE_API_URL: sandboxUrl,
  WHAUTOMATE_API_KEY: bench.apiKey,
  SESSION_SECRET: bench.sessionSecret,
  WEBHOOK_SECRET: bench.webhookSecret,
  BUSINESS_NAME: "Lotus & Lane",
  BUSINESS_CURRENCY: "GBP",
  REDIS_URL: "",
  ...overrides,
});

const stopping = new WeakSet<ChildProcess>();
const running = new Set<ChildProcess>();
// Whatever way the benchmark ends, nothing it started outlives it.
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

function start(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): ChildProcess {
  const child = spawn(command, args, { cwd: bench.root, env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  // Kept quiet unless something goes wrong: the benchmark's own output is the table.
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code) => {
    running.delete(child);
    if (code && !stopping.has(child)) process.stderr.write(`[${label}] exited with ${code}:\n${log}\n`);
  });
  return child;
}

async function stop(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  stopping.add(child);
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function buildApp(): Promise<"built" | "up to date"> {
  if (!needsBuild(bench.root, bench.distDir)) return "up to date";
  const code = await buildStandalone(bench.root, appEnv());
  if (code !== 0) throw new Error(`the build failed (exit code ${code})`);
  return "built";
}

export interface Servers {
  /**
   * A fresh app process (its in-memory upstream cache empty), with these variables set over the
   * defaults and these flags given to node.
   */
  restartApp(env?: Record<string, string>, nodeFlags?: string[]): Promise<void>;
  /** The app process's id, while it runs. */
  appPid(): number | undefined;
  /**
   * Two more instances of the same build and secrets on one throwaway redis-server, behind the
   * round-robin proxy on `bench.proxyPort`, with empty caches; stopped by `stopAll` too.
   */
  startTwoInstances(): Promise<AppInstances>;
  stopAll(): Promise<void>;
}

export async function startServers(): Promise<Servers> {
  const sandbox = start(
    process.execPath,
    ["--import", "tsx", "sandbox/main.ts"],
    {
      ...process.env,
      SANDBOX_PORT: String(bench.sandboxPort),
      SANDBOX_API_KEY: bench.apiKey,
      SANDBOX_DATA: bench.dataFile,
      SANDBOX_LATENCY_MS: String(bench.upstreamLatencyMs),
      // Off while setting up; the load phase sets the vendor's real limit.
      SANDBOX_RATE_LIMIT_RPM: "0",
      SANDBOX_WEBHOOK_URL: `${appUrl}/api/webhooks/whautomate`,
      SANDBOX_WEBHOOK_HEADERS: `x-webhook-secret: ${bench.webhookSecret}`,
      SANDBOX_NOW: "",
    },
    "sandbox",
  );
  let app: ChildProcess | null = null;
  const deployments = new Set<AppInstances>();
  const servers: Servers = {
    async restartApp(env, nodeFlags = []) {
      await stop(app);
      app = start(
        process.execPath,
        [...nodeFlags, standaloneServer(bench.root, bench.distDir), "start", String(bench.appPort)],
        // The load phase's visitors each name their own address, as a proxy in front would.
        appEnv({ TRUSTED_PROXIES: "127.0.0.1, ::1", ...env }),
        "app",
      );
      // A route that reads nothing upstream: the process is up, its cache still empty.
      await waitFor(`${appUrl}/api/webhooks/whautomate`, 60_000);
    },
    appPid: () => app?.pid,
    async startTwoInstances() {
      const logDir = path.join(bench.resultsDir, "instances");
      rmSync(logDir, { recursive: true, force: true });
      const deployment = await startAppInstances({
        root: bench.root,
        distDir: bench.distDir,
        ports: bench.instancePorts,
        proxyPort: bench.proxyPort,
        // The proxy's address: the visitors' own come in X-Forwarded-For.
        env: appEnv({ TRUSTED_PROXIES: "127.0.0.1, ::1" }),
        logDir,
      });
      deployments.add(deployment);
      return {
        ...deployment,
        stop: async () => {
          deployments.delete(deployment);
          await deployment.stop();
        },
      };
    },
    async stopAll() {
      await Promise.all([
        stop(app),
        stop(sandbox),
        ...[...deployments].map((deployment) => deployment.stop()),
      ]);
    },
  };
  try {
    await waitFor(`${sandboxUrl}/__sandbox/health`, 30_000);
    await servers.restartApp();
  } catch (error) {
    await servers.stopAll();
    throw error;
  }
  return servers;
}
