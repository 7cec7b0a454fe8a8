// What the "instances" project runs: a real Redis, a sandbox, two production app instances sharing
// them (the standalone server of the build the suite's webServer makes), and the round-robin proxy in front. Started
// once per worker, stopped by the pids it started.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { startRedisTestServer } from "../../test/support/redis-server";
import { instancePorts, instancesSandboxUrl, proxyUrl, sandboxApiKey } from "../ports";
import { startRoundRobinProxy, type InstanceName } from "./round-robin-proxy";
import { standaloneServer } from "../../scripts/build";
import { waitFor } from "../../scripts/wait-for";

const root = path.resolve(import.meta.dirname, "../..");
const logDir = path.join(root, "reports", "instances");
const sandboxPort = new URL(instancesSandboxUrl).port;
const distDir = process.env.E2E_DIST_DIR ?? ".next";

export interface Instance {
  url: string;
  /** Everything the instance printed so far. */
  log(): string;
  /** SIGKILL, as a crashed machine: no goodbye to the proxy or Redis. */
  kill(): Promise<void>;
  running(): boolean;
  start(): Promise<void>;
}

export interface Cluster {
  instances: Record<InstanceName, Instance>;
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

const children = new Set<ChildProcess>();
// A worker that dies without its teardown must not leave servers holding the ports.
process.on("exit", () => children.forEach((child) => child.kill("SIGKILL")));

function startProcess(
  name: string,
  args: string[],
  env: Record<string, string | undefined>,
): { child: ChildProcess; output: string[] } {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  const output: string[] = [];
  const file = createWriteStream(path.join(logDir, `${name}.log`), { flags: "a" });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      file.write(chunk);
    });
  }
  return { child, output };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function startCluster(): Promise<{ cluster: Cluster; stopCluster(): Promise<void> }> {
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const redis = await startRedisTestServer();
  const webhookSecret = randomBytes(24).toString("base64url");
  startProcess("sandbox", ["--import", "tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: sandboxPort,
    SANDBOX_API_KEY: sandboxApiKey,
    SANDBOX_DATA: path.join("sandbox-data", `e2e-instances-${sandboxPort}`, "sandbox.json"),
    // The cache specs prove the app's own invalidation across instances: no webhook may do it for them.
    SANDBOX_WEBHOOK_URL: undefined,
    // The upstream's 300 a minute is not what this project proves, and each spec starts with cold caches.
    SANDBOX_RATE_LIMIT_RPM: "0",
  });
  const appEnv = {
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    WHAUTOMATE_API_URL: instancesSandboxUrl,
    WHAUTOMATE_API_KEY: sandboxApiKey,
    SESSION_SECRET: randomBytes(36).toString("base64url"),
    WEBHOOK_SECRET: webhookSecret,
    REDIS_URL: redis.url,
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

  let redisRunning = true;
  const instances = {} as Record<InstanceName, Instance>;
  for (const name of ["a", "b"] as const) {
    const port = instancePorts[name];
    let current: ReturnType<typeof startProcess> | null = null;
    instances[name] = {
      url: `http://localhost:${port}`,
      log: () => current?.output.join("") ?? "",
      running: () => current !== null && current.child.exitCode === null && current.child.signalCode === null,
      kill: async () => {
        if (current) await stop(current.child, "SIGKILL");
      },
      start: async () => {
        // As a deployment runs it (`npm run serve`): the standalone output, plain node, PORT.
        current = startProcess(`instance-${name}`, [standaloneServer(root, distDir)], {
          ...appEnv,
          PORT: String(port),
        });
        await waitFor(`http://127.0.0.1:${port}/`, 60_000);
      },
    };
  }
  let proxy: Server | null = null;
  const stopCluster = async () => {
    proxy?.close();
    for (const child of children) await stop(child, "SIGTERM");
    await redis.stop();
  };
  try {
    await waitFor(`${instancesSandboxUrl}/__sandbox/health`, 30_000);
    await Promise.all([instances.a.start(), instances.b.start()]);
    proxy = await startRoundRobinProxy(Number(new URL(proxyUrl).port), instancePorts);
  } catch (error) {
    await stopCluster();
    throw error;
  }
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
  return { cluster, stopCluster };
}
