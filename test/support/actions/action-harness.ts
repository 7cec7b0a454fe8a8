// Runs server actions and route handlers in plain Node against an upstream over HTTP: Next's
// request APIs and the configuration are faked, and the sandbox's own counters show whether
// anything reached it.
import { afterAll, beforeEach, expect, vi } from "vitest";
import { parseEnv } from "@/lib/env-schema";
import { en } from "@/lib/i18n/messages/en";
import { deviceCookieName, newDeviceId } from "@/lib/session/device-id";
import { sealSession } from "@/lib/session/session-payload";
import { startTestSandbox, type TestSandbox } from "@/sandbox/test-support";

export const webhookSecret = "malformed-input-test-webhook-secret";
const sessionSecret = "malformed-input-test-session-secret-0123456789";

// A browser's cookies as an action sees them: the proxy has given it a device id with its first request.
const browserCookies = () => new Map([[deviceCookieName, newDeviceId()]]);

export const fake = {
  ip: "10.0.0.1",
  cookies: browserCookies(),
  upstreamUrl: "http://127.0.0.1:9",
  /** Extra configuration, set before the first import of an action. */
  env: {} as Record<string, string>,
};

/** For vi.mock("next/headers"). */
export const nextHeaders = {
  headers: async () => new Headers({ "x-forwarded-for": fake.ip }),
  cookies: async () => ({
    get: (name: string) => {
      const value = fake.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    set: (name: string, value: string) => void fake.cookies.set(name, value),
    delete: (name: string) => void fake.cookies.delete(name),
  }),
};

/** For vi.mock("@/lib/env"): read when the first module needing it loads, after startUpstream(). */
export function envModule() {
  const env = parseEnv({
    WHAUTOMATE_API_URL: fake.upstreamUrl,
    WHAUTOMATE_API_KEY: "test-key",
    WHAUTOMATE_TIMEOUT_MS: "3000",
    SESSION_SECRET: sessionSecret,
    WEBHOOK_SECRET: webhookSecret,
    ...fake.env,
  });
  return { env };
}

let sandbox: TestSandbox | undefined;

export async function startUpstream(): Promise<TestSandbox> {
  sandbox = await startTestSandbox({ rateLimitRpm: 0 });
  fake.upstreamUrl = sandbox.url;
  return sandbox;
}

/**
 * Fakes Next's request APIs, and the configuration (`extraEnv` over test defaults pointing at
 * `upstreamUrl`), for every module imported after this: import the code under test dynamically.
 */
export function fakeNext(upstreamUrl: string, extraEnv: Record<string, string> = {}): void {
  fake.upstreamUrl = upstreamUrl;
  fake.env = extraEnv;
  vi.doMock("next/headers", () => nextHeaders);
  vi.doMock("next/cache", () => ({ refresh: () => {}, revalidatePath: () => {}, revalidateTag: () => {} }));
  vi.doMock("next/server", () => ({ after: () => {} }));
  vi.doMock("next/navigation", () => ({
    redirect: (to: string) => {
      throw new Error(`redirect to ${to}`);
    },
    unstable_rethrow: (error: unknown) => {
      if (error instanceof Error && error.message.startsWith("redirect to ")) throw error;
    },
  }));
  vi.doMock("@/lib/env", () => envModule());
}

/**
 * The shared set-up of the reliability tests: an in-process sandbox as the upstream, Next faked
 * around it (see fakeNext), and each test a new visitor whose expected errors are not printed.
 */
export async function setUpActionHarness(extraEnv: Record<string, string> = {}): Promise<TestSandbox> {
  const started = await startUpstream();
  fakeNext(started.url, extraEnv);
  afterAll(() => started.dispose());
  beforeEach(() => {
    newVisitor();
    // What the app logs (lib/log writes warnings and errors to stderr).
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  return started;
}

export async function upstreamRequests(): Promise<{ total: number; byRoute: Record<string, number> }> {
  if (!sandbox) throw new Error("startUpstream() first");
  return (await sandbox.get("/__sandbox/stats")).body;
}

/** Requests that change something upstream (anything but a GET). */
export function writes({ byRoute }: { byRoute: Record<string, number> }): number {
  return Object.entries(byRoute)
    .filter(([route]) => !route.startsWith("GET "))
    .reduce((sum, [, count]) => sum + count, 0);
}

let visitor = 0;

/** A new visitor: their own address (so per-IP limits never carry over) and browser (no session). */
export function newVisitor(): number {
  visitor += 1;
  fake.ip = `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`;
  fake.cookies = browserCookies();
  return visitor;
}

export function signInAs(clientId: string): void {
  fake.cookies.set(
    "__Host-booking-session",
    sealSession({ clientId, verified: true, grants: [] }, sessionSecret),
  );
}

/** A refusal is a code, and field errors are catalogue keys: never text from the server. */
export function expectTypedFailure(result: unknown, label: string): void {
  expect(result, label).toMatchObject({ ok: false, code: expect.any(String) });
  expect(result, label).not.toHaveProperty("message");
  const { fieldErrors } = result as { fieldErrors?: Record<string, unknown> };
  for (const key of Object.values(fieldErrors ?? {})) expect(Object.keys(en), label).toContain(key);
}

/**
 * Each input is refused (by default: a typed failure), from a new address, and the upstream hears
 * of none of them.
 */
export async function expectRefusedWithoutUpstream(
  run: (input: unknown) => Promise<unknown>,
  inputs: Array<{ label: string; input: unknown }>,
  expectRefused: (result: unknown, label: string) => void = expectTypedFailure,
): Promise<void> {
  const before = (await upstreamRequests()).total;
  for (const { label, input } of inputs) {
    const cookies = new Map(fake.cookies);
    newVisitor();
    for (const [name, value] of cookies) fake.cookies.set(name, value);
    expectRefused(await run(input), label);
  }
  expect((await upstreamRequests()).total, "requests that reached the upstream").toBe(before);
}
