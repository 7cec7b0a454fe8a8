import { describe, expect, it } from "vitest";
import { readBodyWithin, secretMatches } from "./webhook-request";

const secret = "a-long-shared-secret-0123456789";

describe("secretMatches", () => {
  it("accepts only the exact secret", () => {
    expect(secretMatches(secret, secret)).toBe(true);
    for (const given of [null, "", secret.slice(0, -1), `${secret}x`, secret.toUpperCase()]) {
      expect(secretMatches(given, secret)).toBe(false);
    }
  });
});

describe("readBodyWithin", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://app.local/api/webhooks/whautomate", { method: "POST", body, headers });

  it("reads a body up to the limit", async () => {
    expect(await readBodyWithin(post("x".repeat(64)), 64)).toBe("x".repeat(64));
  });

  // If this fails, anyone can make the server buffer arbitrarily large bodies.
  it("stops at the limit, whether or not the size was declared", async () => {
    expect(await readBodyWithin(post("x".repeat(65)), 64)).toBeNull();
    expect(await readBodyWithin(post("{}", { "content-length": "1000000" }), 64)).toBeNull();
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(32));
      },
    });
    const streamed = new Request("http://app.local/", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await readBodyWithin(streamed, 64)).toBeNull();
  });
});
