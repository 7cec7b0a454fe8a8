// The standalone server a deployment runs (`npm run build`, then `node server.js` with plain node):
// if these fail, a deployment would log personal data or unparseable lines, a load balancer would have
// no honest health answer, or a restart would cut visitors' requests off mid-answer.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { standaloneServer } from "../scripts/build";
import { expect, test } from "./fixtures";
import { appPort, sandboxApiKey, sandboxUrl } from "./ports";

const port = appPort + 51;
const url = `http://127.0.0.1:${port}`;

type Served = { child: ChildProcess; log: () => string; exited: Promise<[number | null, string | null]> };

async function startServer(): Promise<Served> {
  const distDir = process.env.E2E_DIST_DIR ?? ".next";
  const child = spawn(process.execPath, [standaloneServer(process.cwd(), distDir)], {
    // From elsewhere, with nothing but the output itself, as on a deployment's host.
    cwd: "/",
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_DIST_DIR: distDir,
      WHAUTOMATE_API_URL: sandboxUrl,
      WHAUTOMATE_API_KEY: sandboxApiKey,
      SESSION_SECRET: randomBytes(36).toString("base64url"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = once(child, "exit") as Promise<[number | null, string | null]>;
  // A route that reads nothing upstream, so the health check's first probe is the test's own.
  await expect
    .poll(
      () =>
        fetch(`${url}/api/webhooks/whautomate`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBeGreaterThan(0);
  return { child, log: () => log, exited };
}

const jsonLines = (log: string) =>
  log
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test.describe("the standalone server", () => {
  let served: Served;

  test.beforeEach(async () => {
    served = await startServer();
  });
  test.afterEach(() => void served.child.kill("SIGKILL"));

  test("answers its health, and logs each request as one JSON line with no query string", async () => {
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(await health.json()).toEqual({ status: "ok", upstream: "ok", store: "memory" });

    const page = await fetch(`${url}/book?phone=%2B447700900123&name=Ada`, {
      headers: { "x-request-id": "lb-4f1c2a9e77" },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get("x-request-id")).toBe("lb-4f1c2a9e77");
    const odd = await fetch(`${url}/`, { headers: { "x-request-id": 'x" {"level":"info"}' } });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    const lineOf = (requestId: string) =>
      jsonLines(served.log()).find((line) => line.requestId === requestId);
    await expect.poll(() => lineOf("lb-4f1c2a9e77")).toBeDefined();
    expect(lineOf("lb-4f1c2a9e77")).toEqual({
      time: expect.any(String),
      level: "info",
      msg: "request",
      requestId: "lb-4f1c2a9e77",
      method: "GET",
      path: "/book",
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(served.log()).not.toMatch(/7700900|Ada/);
    // Every line of ours is bare JSON: nothing (Next's console patching included) wraps it.
    const ours = served
      .log()
      .split("\n")
      .filter((line) => line.includes('"msg":'));
    expect(ours.filter((line) => !line.startsWith("{") || !line.endsWith("}"))).toEqual([]);
  });

  test("on SIGTERM finishes the request in flight, then exits 0", async ({ sandbox }) => {
    // The health check's one upstream read waits in the sandbox until released.
    await sandbox.hold(["GET /v1/locations"]);
    const inFlight = fetch(`${url}/api/health`);
    await expect
      .poll(() => sandbox.stats().then((stats) => stats.byRoute["GET /v1/locations"] ?? 0))
      .toBeGreaterThan(0);
    served.child.kill("SIGTERM");
    await expect.poll(() => served.log()).toContain('"msg":"stopping"');
    // Stopped taking connections: a new visitor is not let in while the old one is served.
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    await sandbox.release();

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ upstream: "ok" });
    expect(await served.exited).toEqual([0, null]);
    expect(jsonLines(served.log()).at(-1)).toMatchObject({ msg: "stopped", outcome: "drained" });
  });
});
