import { NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { seal } from "./crypto";
import {
  buildSessionPayload,
  openSession,
  sealSession,
  sessionCookieAttributes,
  sessionCookieName,
  sessionMaxAgeMs,
} from "./session-payload";

const secret = "a-session-secret-of-at-least-32-characters";
const now = Date.UTC(2026, 2, 1, 10);

describe("session payload", () => {
  it("is versioned and expires 30 days after issue", () => {
    expect(buildSessionPayload("client-42", now)).toEqual({
      v: 1,
      clientId: "client-42",
      issuedAt: now,
      expiresAt: now + 30 * 24 * 60 * 60 * 1000,
    });
  });

  it("opens to the client it was sealed for", () => {
    expect(openSession(sealSession("client-42", secret, now), secret, now + 1000)).toEqual({
      clientId: "client-42",
    });
  });

  it("is refused once expired, even if the browser still sends it", () => {
    const token = sealSession("client-42", secret, now);
    expect(openSession(token, secret, now + sessionMaxAgeMs - 1)).not.toBeNull();
    expect(openSession(token, secret, now + sessionMaxAgeMs)).toBeNull();
  });

  it("is refused when sealed for another purpose or with an unexpected shape", () => {
    const sealedAs = (payload: object, purpose: "session" | "manage-token") => seal(payload, secret, purpose);
    expect(
      openSession(sealedAs(buildSessionPayload("client-42", now), "manage-token"), secret, now),
    ).toBeNull();
    expect(
      openSession(sealedAs({ ...buildSessionPayload("client-42", now), v: 2 }, "session"), secret, now),
    ).toBeNull();
    expect(
      openSession(
        sealedAs({ ...buildSessionPayload("client-42", now), clientId: "" }, "session"),
        secret,
        now,
      ),
    ).toBeNull();
    expect(openSession("garbage", secret, now)).toBeNull();
  });
});

describe("session cookie attributes", () => {
  // If any of these go missing, the session silently stops working inside the business's iframe.
  it("serialise through Next's cookie writer with every attribute the iframe needs", () => {
    const response = NextResponse.next();
    response.cookies.set(sessionCookieName, "token", sessionCookieAttributes);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^__Host-booking-session=token; /);
    for (const attribute of [
      "Path=/",
      "Max-Age=2592000",
      "Secure",
      "HttpOnly",
      "SameSite=none",
      "Partitioned",
    ]) {
      expect(setCookie.split("; ")).toContain(attribute);
    }
    expect(setCookie).not.toMatch(/Domain=/i);
  });
});
