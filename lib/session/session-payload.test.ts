import { NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { seal } from "./crypto";
import {
  buildSessionPayload,
  mayAccessBooking,
  mergeSession,
  openSession,
  sealSession,
  sessionCookieAttributes,
  sessionCookieName,
  sessionMaxAgeMs,
} from "./session-payload";

const secret = "a-session-secret-of-at-least-32-characters";
const now = Date.UTC(2026, 2, 1, 10);
const emma = { clientId: "client-42", verified: false, grants: ["apt_1"] };

describe("session payload", () => {
  it("is versioned and expires 30 days after issue", () => {
    expect(buildSessionPayload(emma, now)).toEqual({
      v: 2,
      clientId: "client-42",
      verified: false,
      grants: ["apt_1"],
      issuedAt: now,
      expiresAt: now + 30 * 24 * 60 * 60 * 1000,
    });
  });

  it("opens to the client it was sealed for", () => {
    expect(openSession(sealSession(emma, secret, now), [secret], now + 1000)).toEqual(emma);
  });

  it("is refused once expired, even if the browser still sends it", () => {
    const token = sealSession(emma, secret, now);
    expect(openSession(token, [secret], now + sessionMaxAgeMs - 1)).not.toBeNull();
    expect(openSession(token, [secret], now + sessionMaxAgeMs)).toBeNull();
  });

  it("is refused when sealed for another purpose or with an unexpected shape", () => {
    const sealedAs = (payload: object, purpose: "session" | "manage-token") => seal(payload, secret, purpose);
    expect(openSession(sealedAs(buildSessionPayload(emma, now), "manage-token"), [secret], now)).toBeNull();
    expect(
      openSession(sealedAs({ ...buildSessionPayload(emma, now), v: 1 }, "session"), [secret], now),
    ).toBeNull();
    expect(
      openSession(sealedAs({ ...buildSessionPayload(emma, now), clientId: "" }, "session"), [secret], now),
    ).toBeNull();
    expect(openSession("garbage", [secret], now)).toBeNull();
  });
});

// A phone number is not proof of identity: knowing someone's number and booking with it must not
// open their other bookings. Only a one-time code (verified) does.
describe("what a session reaches", () => {
  it("reaches only granted bookings until verified", () => {
    expect(mayAccessBooking(emma, "apt_1")).toBe(true);
    expect(mayAccessBooking(emma, "apt_2")).toBe(false);
    expect(mayAccessBooking({ ...emma, verified: true }, "apt_2")).toBe(true);
  });

  it("keeps grants and verification for the same client and drops them for another", () => {
    const more = mergeSession(emma, "client-42", { grant: "cls_9" });
    expect(more).toEqual({ clientId: "client-42", verified: false, grants: ["cls_9", "apt_1"] });
    expect(mergeSession(more, "client-42", { verified: true }).verified).toBe(true);
    // Several dates of a class series booked at once are all granted, newest first.
    expect(mergeSession(more, "client-42", { grant: ["cls_10", "cls_11", "cls_9"] }).grants).toEqual([
      "cls_10",
      "cls_11",
      "cls_9",
      "apt_1",
    ]);
    expect(mergeSession({ ...more, verified: true }, "client-77", { grant: "apt_5" })).toEqual({
      clientId: "client-77",
      verified: false,
      grants: ["apt_5"],
    });
  });

  // The name shown back to a visitor is the one they typed; another client's session never inherits it.
  it("keeps the typed name for the same client, replaces it with a newer one, and drops it for another", () => {
    const named = mergeSession(emma, "client-42", { grant: "apt_2", name: "Typed Visitor" });
    expect(named.name).toBe("Typed Visitor");
    expect(mergeSession(named, "client-42", { verified: true }).name).toBe("Typed Visitor");
    expect(mergeSession(named, "client-42", { name: "Other Name" }).name).toBe("Other Name");
    expect(mergeSession(named, "client-77", { grant: "apt_5" })).not.toHaveProperty("name");
    expect(openSession(sealSession(named, secret, now), [secret], now + 1000)).toEqual(named);
  });

  it("keeps a bounded number of grants", () => {
    let session = mergeSession(null, "client-42", {});
    for (let i = 0; i < 100; i++) session = mergeSession(session, "client-42", { grant: `apt_${i}` });
    expect(session.grants).toHaveLength(30);
    expect(session.grants[0]).toBe("apt_99");
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
