// Two production app instances of one standalone build, sharing a throwaway redis-server, behind the
// round-robin proxy: a deployment of several instances, as the "instances" end-to-end project and
// the benchmark run it. Everything is started on loopback ports and stopped by the pids it started.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { standaloneServer } from "../../scripts/build";
import { waitFor } from "../../scripts/wait-for";
import { startRedisTestServer, type RedisTestServer } from "./redis-server";
import { startRoundRobinProxy, type InstanceName } from "./round-robin-proxy";

export type { InstanceName } from "./round-robin-proxy";

export interface AppInstance {
  url: string;
  /** Everything the instance printed so far. */
  log(): string;
  /** SIGKILL, as a crashed machine: no goodbye to the proxy or Redis. */
  kill(): Promise<void>;
  running(): boolean;
  start(): Promise<void>;
}

export interface AppInstances {
  instances: Record<InstanceName, AppInstance>;
  proxyUrl: string;
  redis: RedisTestServer;
  /** Stops the proxy, the instances (SIGTERM, as a deployment does) and Redis. */
  stop(): Promise<void>;
}

export interface AppInstancesOptions {
  root: string;
  distDir: string;
  ports: Record<InstanceName, number>;
  proxyPort: number;
  /** The instances' whole environment; each gets `REDIS_URL` and its own `PORT` on top. */
  env: NodeJS.ProcessEnv;
  /** Where each process's output is written, as `<name>.log`. */
  logDir: string;
}

export interface LoggedProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output: string[];
}

const children = new Set<ChildProcess>();
// A runner that dies without its teardown must not leave servers holding the ports.
process.on("exit", () => children.forEach((child) => child.kill("SIGKILL")));

/** A Node process run from `root`, its output kept and written to `<logDir>/<name>.log`. */
export function startLoggedProcess(
  name: string,
  args: string[],
  options: { root: string; env: NodeJS.ProcessEnv; logDir: string },
): LoggedProcess {
  mkdirSync(options.logDir, { recursive: true });
  const child = spawn(process.execPath, args, {
    cwd: options.root,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  const output: string[] = [];
  const file = createWriteStream(path.join(options.logDir, `${name}.log`), { flags: "a" });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      file.write(chunk);
    });
  }
  child.on("exit", () => file.end());
  return { child, output };
}

/** Sends `signal`, and SIGKILL if the process is still there 5 s later. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function startAppInstances(options: AppInstancesOptions): Promise<AppInstances> {
  const redis = await startRedisTestServer();
  const instances = {} as Record<InstanceName, AppInstance>;
  const processes: Partial<Record<InstanceName, LoggedProcess>> = {};
  for (const name of ["a", "b"] as const) {
    const port = options.ports[name];
    instances[name] = {
      url: `http://localhost:${port}`,
      log: () => processes[name]?.output.join("") ?? "",
      running: () => {
        const child = processes[name]?.child;
        return child !== undefined && child.exitCode === null && child.signalCode === null;
      },
      kill: async () => {
        const child = processes[name]?.child;
        if (child) await stopProcess(child, "SIGKILL");
      },
      start: async () => {
        // As a deployment runs it (`npm run serve`): the standalone output, plain node, PORT.
        processes[name] = startLoggedProcess(
          `instance-${name}`,
          [standaloneServer(options.root, options.distDir)],
          {
            root: options.root,
            env: { ...options.env, REDIS_URL: redis.url, PORT: String(port) },
            logDir: options.logDir,
          },
        );
        await waitFor(`http://127.0.0.1:${port}/`, 60_000);
      },
    };
  }
  let proxy: Server | null = null;
  const stop = async () => {
    proxy?.close();
    await Promise.all(Object.values(processes).map(({ child }) => stopProcess(child, "SIGTERM")));
    await redis.stop();
  };
  try {
    await Promise.all([instances.a.start(), instances.b.start()]);
    proxy = await startRoundRobinProxy(options.proxyPort, options.ports);
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, proxyUrl: `http://localhost:${options.proxyPort}`, redis, stop };
}
