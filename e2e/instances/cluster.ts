// What the "instances" project runs: a sandbox, and two production app instances of the build the
// suite's webServer makes, sharing a real Redis behind the round-robin proxy
// (test/support/app-instances.ts). Started once per worker, stopped by the pids it started.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import {
  startAppInstances,
  startLoggedProcess,
  stopProcess,
  type AppInstance,
  type InstanceName,
} from "../../test/support/app-instances";
import { waitFor } from "../../scripts/wait-for";
import { instancePorts, instancesSandboxUrl, proxyUrl, sandboxApiKey } from "../ports";

const root = path.resolve(import.meta.dirname, "../..");
const logDir = path.join(root, "reports", "instances");
const sandboxPort = new URL(instancesSandboxUrl).port;
const distDir = process.env.E2E_DIST_DIR ?? ".next";

export interface Cluster {
  instances: Record<InstanceName, AppInstance>;
  webhookSecret: string;
  redisUrl: string;
  /** Kills Redis, as a crash or a network split would. */
  stopRedis(): Promise<void>;
  /** An empty Redis on the same port, as after an outage. */
  startRedis(): Promise<void>;
  redisRunning(): boolean;
  /**
   * Set when Redis is stopped: the instances then hold what they wrote to their own memory, which
   * a later spec must not find. Cleared by whoever restarts them.
   */
  outageInMemory: boolean;
}

export async function startCluster(): Promise<{ cluster: Cluster; stopCluster(): Promise<void> }> {
  rmSync(logDir, { recursive: true, force: true });
  const webhookSecret = randomBytes(24).toString("base64url");
  const sandbox = startLoggedProcess("sandbox", ["--import", "tsx", "sandbox/main.ts"], {
    root,
    logDir,
    env: {
      ...process.env,
      SANDBOX_PORT: sandboxPort,
      SANDBOX_API_KEY: sandboxApiKey,
      SANDBOX_DATA: path.join("sandbox-data", `e2e-instances-${sandboxPort}`, "sandbox.json"),
      // The cache specs prove the app's own invalidation across instances: no webhook may do it for them.
      SANDBOX_WEBHOOK_URL: undefined,
      // The upstream's 300 a minute is not what this project proves, and each spec starts with cold caches.
      SANDBOX_RATE_LIMIT_RPM: "0",
    },
  });
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    WHAUTOMATE_API_URL: instancesSandboxUrl,
    WHAUTOMATE_API_KEY: sandboxApiKey,
    SESSION_SECRET: randomBytes(36).toString("base64url"),
    WEBHOOK_SECRET: webhookSecret,
    BUSINESS_NAME: "Lotus & Lane",
    BUSINESS_CURRENCY: "GBP",
    // The proxy's address (and the specs', which play further proxies with X-Forwarded-For).
    TRUSTED_PROXIES: "127.0.0.1, ::1",
    // Cached free times for longer than any spec, so a time still showing on the other instance
    // after a change can only mean its cache was not cleared.
    CACHE_AVAILABILITY_SECONDS: "60",
    // Nothing here slows the sandbox down: a stuck upstream call fails well inside a test's timeout.
    WHAUTOMATE_TIMEOUT_MS: "5000",
    // Never let a spent read budget stand an older answer in for a fresh one.
    UPSTREAM_READS_PER_MINUTE: "10000",
  };

  let deployment: Awaited<ReturnType<typeof startAppInstances>>;
  try {
    await waitFor(`${instancesSandboxUrl}/__sandbox/health`, 30_000);
    deployment = await startAppInstances({
      root,
      distDir,
      ports: instancePorts,
      proxyPort: Number(new URL(proxyUrl).port),
      env: appEnv,
      logDir,
    });
  } catch (error) {
    await stopProcess(sandbox.child, "SIGTERM");
    throw error;
  }
  const { instances, redis } = deployment;
  let redisRunning = true;
  const cluster: Cluster = {
    instances,
    webhookSecret,
    redisUrl: redis.url,
    stopRedis: async () => {
      await redis.stop();
      redisRunning = false;
      cluster.outageInMemory = true;
    },
    startRedis: async () => {
      await redis.restart();
      redisRunning = true;
    },
    redisRunning: () => redisRunning,
    outageInMemory: false,
  };
  const stopCluster = async () => {
    await deployment.stop();
    await stopProcess(sandbox.child, "SIGTERM");
  };
  return { cluster, stopCluster };
}
