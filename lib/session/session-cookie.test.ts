import { NextResponse } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { sealSession, sessionCookieName } from "./session-payload";

// A real ResponseCookies stands in for the request's cookie jar, so what is asserted is the Set-Cookie
// header Next would send; the request/response wiring of next/headers is left to the end-to-end tests.
let jar = NextResponse.next().cookies;

vi.mock("next/headers", () => ({ cookies: async () => jar }));
const oldSecret = "a-session-secret-of-at-least-32-characters";
const newSecret = "the-secret-that-replaced-it-also-32-characters";
const env = vi.hoisted(() => ({ SESSION_SECRET: "", SESSION_SECRETS: [] as string[] }));
vi.mock("@/lib/env", () => ({ env }));

const { endSession, readSession, startSession } = await import("./session-cookie");

describe("session cookie", () => {
  beforeEach(() => {
    jar = NextResponse.next().cookies;
    env.SESSION_SECRET = oldSecret;
    env.SESSION_SECRETS = [oldSecret];
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

  describe("after SESSION_SECRET is rotated", () => {
    const emma = { clientId: "client-42", verified: true, grants: [] };
    const rotate = (...secrets: string[]) => {
      env.SESSION_SECRET = secrets[0] ?? "";
      env.SESSION_SECRETS = secrets;
    };

    it("still reads a session sealed with the previous secret, and seals new ones with the new", async () => {
      jar.set(sessionCookieName, sealSession(emma, oldSecret));
      rotate(newSecret, oldSecret);
      expect(await readSession()).toEqual(emma);
      await startSession("client-42", { grant: "apt_1" });
      rotate(newSecret);
      expect(await readSession()).toMatchObject({ clientId: "client-42", grants: ["apt_1"] });
    });

    it("signs out a session sealed with a secret no longer listed", async () => {
      jar.set(sessionCookieName, sealSession(emma, oldSecret));
      rotate(newSecret);
      expect(await readSession()).toBeNull();
    });

    it("never reads a tampered session, whichever secret sealed it", async () => {
      rotate(newSecret, oldSecret);
      for (const secret of [oldSecret, newSecret]) {
        const token = sealSession(emma, secret);
        const last = token.at(-2) === "A" ? "B" : "A";
        jar.set(sessionCookieName, `${token.slice(0, -2)}${last}${token.at(-1)}`);
        expect(await readSession()).toBeNull();
      }
    });
  });
});
