import * as nodeCrypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createManageToken, verifyManageToken, type ManageTokenPayload } from "./manage-token";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const secret = "a-session-secret-of-at-least-32-characters";
const now = Date.UTC(2026, 2, 1, 10);
const payload: ManageTokenPayload = {
  bookingId: "bk_123",
  clientId: "client-42",
  kind: "appointment",
  expiresAt: now + 60_000,
};

const encodeJson = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("manage token", () => {
  beforeEach(() => {
    vi.mocked(nodeCrypto.timingSafeEqual).mockClear();
  });

  it("verifies to the payload it was created from", () => {
    expect(verifyManageToken(createManageToken(payload, secret), [secret], now)).toEqual(payload);
  });

  it("is refused from its expiry on", () => {
    const token = createManageToken(payload, secret);
    expect(verifyManageToken(token, [secret], payload.expiresAt - 1)).not.toBeNull();
    expect(verifyManageToken(token, [secret], payload.expiresAt)).toBeNull();
  });

  it("is refused with another secret", () => {
    expect(
      verifyManageToken(
        createManageToken(payload, secret),
        ["another-secret-that-is-also-32-chars-long"],
        now,
      ),
    ).toBeNull();
  });

  it("is refused when the payload is changed, e.g. to open someone else's booking", () => {
    const [, mac] = createManageToken(payload, secret).split(".");
    for (const changed of [
      { ...payload, bookingId: "bk_999" },
      { ...payload, expiresAt: now + 3_600_000 },
    ]) {
      expect(verifyManageToken(`${encodeJson(changed)}.${mac}`, [secret], now)).toBeNull();
    }
  });

  it("is refused when another booking's valid MAC is swapped in", () => {
    const [ownPayload] = createManageToken(payload, secret).split(".");
    const [, otherMac] = createManageToken({ ...payload, bookingId: "bk_999" }, secret).split(".");
    expect(verifyManageToken(`${ownPayload}.${otherMac}`, [secret], now)).toBeNull();
  });

  it("is refused when any character is changed, or the token is truncated or malformed", () => {
    const token = createManageToken(payload, secret);
    for (let index = 0; index < token.length; index++) {
      const changed = token.slice(0, index) + (token[index] === "A" ? "B" : "A") + token.slice(index + 1);
      expect(verifyManageToken(changed, [secret], now), `character ${index}`).toBeNull();
    }
    for (const malformed of [
      "",
      ".",
      token.slice(0, -1),
      token.split(".")[0] ?? "",
      `${token}.x`,
      `.${token}`,
    ]) {
      expect(verifyManageToken(malformed, [secret], now), malformed).toBeNull();
    }
  });

  it("compares MACs in constant time, and rejects a wrong-length MAC before comparing", () => {
    const [encodedPayload, mac = ""] = createManageToken(payload, secret).split(".");
    const flipped = Buffer.from(mac, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 0xff;
    expect(verifyManageToken(`${encodedPayload}.${flipped.toString("base64url")}`, [secret], now)).toBeNull();
    expect(nodeCrypto.timingSafeEqual).toHaveBeenCalledTimes(1);

    vi.mocked(nodeCrypto.timingSafeEqual).mockClear();
    expect(verifyManageToken(`${encodedPayload}.${mac.slice(0, 20)}`, [secret], now)).toBeNull();
    expect(nodeCrypto.timingSafeEqual).not.toHaveBeenCalled();
  });

  it("refuses to create a token from an invalid payload", () => {
    expect(() => createManageToken({ ...payload, bookingId: "" }, secret)).toThrow();
  });

  describe("after SESSION_SECRET is rotated", () => {
    const newSecret = "the-secret-that-replaced-it-also-32-characters";

    it("still opens a link signed with the previous secret until the link expires", () => {
      const token = createManageToken(payload, secret);
      expect(verifyManageToken(token, [newSecret, secret], now)).toEqual(payload);
      expect(verifyManageToken(token, [newSecret, secret], payload.expiresAt)).toBeNull();
    });

    it("no longer opens a link signed with a secret that was removed", () => {
      expect(verifyManageToken(createManageToken(payload, secret), [newSecret], now)).toBeNull();
    });

    it("never opens a tampered link, whichever listed secret signed it", () => {
      for (const signing of [secret, newSecret]) {
        const [, mac] = createManageToken(payload, signing).split(".");
        const changed = `${encodeJson({ ...payload, bookingId: "bk_999" })}.${mac}`;
        expect(verifyManageToken(changed, [newSecret, secret], now)).toBeNull();
      }
    });
  });
});
