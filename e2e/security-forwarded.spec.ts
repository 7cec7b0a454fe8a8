// A client may claim any address or host in X-Forwarded-* headers. If the app believed them, a fresh
// forged address per request would escape every per-address limit, and a forged X-Forwarded-Host
// matching another site's Origin would let that site run actions with a visitor's cookies. Oversized
// or unreadable action bodies must get a 4xx and one log line, never a 500 with a stack.
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { request as httpRequest } from "node:http";
import type { Page, Request } from "@playwright/test";
import { standaloneServer } from "../scripts/build";
import { expect, test } from "./fixtures";
import { appPort, sandboxApiKey, sandboxUrl } from "./ports";
import { e2eSessionSecret, requestCode, unusedPhone, useOwnIp } from "./sign-in-helpers";

const codeChecksPerAddress = 20;

interface ActionCall {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Where requests go: the app's port, from a loopback address (the source address is bound to it). */
interface Target {
  port: number;
  from: string;
}

/** A loopback address of its own for this run: a direct client, not the suite's trusted "proxy". */
const directClient = (port: number): Target => ({
  port,
  from: `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`,
});
/** The suite itself, which the app trusts as the proxy in front of it. */
const throughProxy: Target = { port: appPort, from: "127.0.0.1" };

const forgedAddress = () =>
  `${randomInt(1, 224)}.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/** The request the sign-in page sends to check a code, to replay by hand. */
async function captureCodeCheck(page: Page): Promise<ActionCall> {
  await useOwnIp(page);
  await requestCode(page, unusedPhone().phone);
  const isAction = (request: Request) => request.method() === "POST" && "next-action" in request.headers();
  const [request] = await Promise.all([
    page.waitForRequest(isAction),
    (async () => {
      await page.getByRole("textbox", { name: "6-digit code" }).fill("123456");
      await page.getByRole("button", { name: "Show my bookings" }).click();
    })(),
  ]);
  const sent = request.headers();
  return {
    path: new URL(request.url()).pathname,
    headers: { "next-action": sent["next-action"]!, "content-type": sent["content-type"]! },
    body: request.postData() ?? "",
  };
}

/** Sends an action call; a `chunked` body goes without Content-Length. */
function send(
  target: Target,
  call: ActionCall,
  headers: Record<string, string> = {},
  body: string | { chunked: string } = call.body,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: target.from,
        localAddress: target.from,
        port: target.port,
        path: call.path,
        method: "POST",
        headers: { ...call.headers, origin: `http://${target.from}:${target.port}`, ...headers },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on("error", reject);
    if (typeof body === "string") request.end(body);
    else {
      request.write(body.chunked);
      request.end();
    }
  });
}

async function countRateLimited(answers: Array<{ status: number; text: string }>) {
  return answers.filter((answer) => answer.text.includes('"code":"rate_limited"')).length;
}

test.describe.configure({ mode: "serial" });

let call: ActionCall;
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  call = await captureCodeCheck(page);
  await page.close();
});

test("a direct client's forged X-Forwarded-For does not escape the per-address limit", async () => {
  const direct = directClient(appPort);
  const answers = [];
  for (let i = 0; i < codeChecksPerAddress + 5; i += 1) {
    answers.push(await send(direct, call, { "x-forwarded-for": forgedAddress() }));
  }
  expect(answers.every((answer) => answer.status === 200)).toBe(true);
  expect(await countRateLimited(answers)).toBe(5);
});

test("behind a trusted proxy, only the address the proxy appended counts", async () => {
  const client = `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  const answers = [];
  for (let i = 0; i < codeChecksPerAddress + 5; i += 1) {
    answers.push(await send(throughProxy, call, { "x-forwarded-for": `${forgedAddress()}, ${client}` }));
  }
  expect(await countRateLimited(answers)).toBe(5);
});

test("a forged X-Forwarded-Host matching another site's Origin does not run an action", async () => {
  const answer = await send(directClient(appPort), call, {
    origin: "https://evil.example",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
  });
  expect(answer.status).toBe(403);
  expect(answer.text).not.toContain('"ok":');
});

test.describe("bodies an action never sends", () => {
  const port = appPort + 50;
  const target: Target = { port, from: "127.0.0.1" };
  let server: ChildProcess;
  let log = "";

  // Its own app process (the standalone server a deployment runs), so the test can read what it logs.
  test.beforeAll(async () => {
    const distDir = process.env.E2E_DIST_DIR ?? ".next";
    server = spawn(process.execPath, [standaloneServer(process.cwd(), distDir), "start", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        WHAUTOMATE_API_URL: sandboxUrl,
        WHAUTOMATE_API_KEY: sandboxApiKey,
        SESSION_SECRET: e2eSessionSecret(),
        TRUSTED_PROXIES: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/api/webhooks/whautomate`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
  });
  test.afterAll(() => void server.kill("SIGTERM"));

  test("are refused with a 4xx and one short log line, never a stack", async () => {
    const twoMegabytes = "x".repeat(2 * 1024 * 1024);
    expect((await send(target, call, {}, twoMegabytes)).status).toBe(413);
    expect((await send(target, call, {}, { chunked: twoMegabytes })).status).toBe(413);
    expect((await send(target, call, {}, "{not json")).status).toBe(400);
    expect((await send(target, call, { "content-type": "application/json" })).status).toBe(415);
    expect((await send(target, call, { "next-action": "7f".repeat(21) })).status).toBe(409);
    expect((await send(target, call, { "next-action": "nonsense" })).status).toBe(400);
    // The same request, well formed, still works.
    expect((await send(target, call)).text).toContain('"ok":false');

    await expect.poll(() => log.match(/"msg":"refused"/g)?.length ?? 0).toBe(6);
    expect(log).not.toMatch(/^\s+at /m);
  });
});
