import { NextResponse } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { sessionCookieName } from "./session-payload";

// A real ResponseCookies stands in for the request's cookie jar, so what is asserted is the Set-Cookie
// header Next would send; the request/response wiring of next/headers is left to the end-to-end tests.
let jar = NextResponse.next().cookies;

vi.mock("next/headers", () => ({ cookies: async () => jar }));
vi.mock("@/lib/env", () => ({ env: { SESSION_SECRET: "a-session-secret-of-at-least-32-characters" } }));

const { endSession, readSession, startSession } = await import("./session-cookie");

describe("session cookie", () => {
  beforeEach(() => {
    jar = NextResponse.next().cookies;
  });

  it("reads back the client a session was started for, with what it was granted", async () => {
    await startSession("client-42", { grant: "apt_1" });
    await startSession("client-42", { grant: "cls_2" });
    expect(await readSession()).toEqual({
      clientId: "client-42",
      verified: false,
      grants: ["cls_2", "apt_1"],
    });
    await startSession("client-42", { verified: true });
    expect(await readSession()).toMatchObject({ verified: true, grants: ["cls_2", "apt_1"] });
  });

  it("has no session without the cookie or with a forged one", async () => {
    expect(await readSession()).toBeNull();
    jar.set(sessionCookieName, "v1.forged");
    expect(await readSession()).toBeNull();
  });

  it("ends the session with a Set-Cookie the browser will match: Secure, Partitioned, Max-Age=0", async () => {
    await startSession("client-42", { verified: true });
    await endSession();
    const attributes = jar.toString().split("; ");
    expect(attributes).toEqual(
      expect.arrayContaining(["Path=/", "Max-Age=0", "Secure", "SameSite=none", "Partitioned"]),
    );
    expect(await readSession()).toBeNull();
  });
});
