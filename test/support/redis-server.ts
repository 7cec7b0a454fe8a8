import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export type RedisTestServer = {
  url: string;
  stop(): Promise<void>;
  /** Starts a fresh, empty redis-server on the same port, as after an outage. */
  restart(): Promise<void>;
};

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === "string") throw new Error("Could not find a free port");
  return address.port;
}

function waitUntilReady(server: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "ENOENT"
          ? new Error(
              "redis-server is not on PATH: install it (Debian: apt-get install redis-server) to run the Redis store tests",
            )
          : error,
      ),
    );
    server.once("exit", (code) => fail(new Error(`redis-server exited with code ${code}:\n${output}`)));
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

function spawnRedis(port: number): ChildProcess {
  return spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
}

/** A throwaway redis-server on a free loopback port that keeps nothing on disk. */
export async function startRedisTestServer(): Promise<RedisTestServer> {
  const port = await freeLoopbackPort();
  let server = spawnRedis(port);
  await waitUntilReady(server, 10_000);
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = once(server, "exit");
    server.kill("SIGTERM");
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    async restart() {
      await stop();
      server = spawnRedis(port);
      await waitUntilReady(server, 10_000);
    },
  };
}
