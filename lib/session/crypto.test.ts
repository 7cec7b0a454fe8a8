import { describe, expect, it } from "vitest";
import { seal, unseal } from "./crypto";

const secret = "a-session-secret-of-at-least-32-characters";
const payload = { clientId: "client-42", nested: { list: [1, 2, 3] }, name: "Zoë" };

function flipCharacter(token: string, index: number): string {
  const replacement = token[index] === "A" ? "B" : "A";
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

describe("seal / unseal", () => {
  it("round-trips a payload", () => {
    expect(unseal(seal(payload, secret, "session"), secret, "session")).toEqual(payload);
  });

  it("uses a fresh IV, so the same payload never seals to the same token", () => {
    expect(seal(payload, secret, "session")).not.toBe(seal(payload, secret, "session"));
  });

  it("returns null when any character of the token is changed", () => {
    const token = seal(payload, secret, "session");
    for (let index = 0; index < token.length; index++) {
      expect(unseal(flipCharacter(token, index), secret, "session"), `character ${index}`).toBeNull();
    }
  });

  it("returns null when any byte of the sealed body is changed", () => {
    const token = seal(payload, secret, "session");
    const body = Buffer.from(token.slice(3), "base64url");
    for (let index = 0; index < body.length; index++) {
      const tampered = Buffer.from(body);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(unseal(`v1.${tampered.toString("base64url")}`, secret, "session"), `byte ${index}`).toBeNull();
    }
  });

  it("returns null for another secret or another purpose", () => {
    const token = seal(payload, secret, "session");
    expect(unseal(token, "another-secret-that-is-also-32-chars-long", "session")).toBeNull();
    expect(unseal(token, secret, "manage-token")).toBeNull();
    expect(unseal(token, secret, "otp")).toBeNull();
  });

  it("returns null for garbage, truncation and an unknown version", () => {
    const token = seal(payload, secret, "session");
    for (const garbage of [
      "",
      ".",
      "v1.",
      "v1",
      "v1.!!!!",
      "not a token",
      token.slice(0, -1),
      token.slice(0, 20),
    ]) {
      expect(unseal(garbage, secret, "session"), garbage).toBeNull();
    }
    expect(unseal(`v2${token.slice(2)}`, secret, "session")).toBeNull();
    expect(unseal(`${token}.extra`, secret, "session")).toBeNull();
  });
});
