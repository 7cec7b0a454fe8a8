import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { forwardingPolicy, normaliseAddress, rewriteForwardedHeaders } from "./forwarded-headers";
import { trustedProxiesSchema } from "./trusted-proxies";

/** What the app believes of a client whose forwarded headers are not: its address alone. */
const addressOnly = (clientAddress: string) => ({ clientAddress, host: null, proto: null, port: null });
const policy = (setting: string | undefined) => forwardingPolicy(trustedProxiesSchema.parse(setting));
const forged = {
  "x-forwarded-for": "1.2.3.4",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
};

describe("normaliseAddress", () => {
  it("spells each address one way", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::FFFF:7f00:2")).toBe("127.0.0.2");
    expect(normaliseAddress("2001:DB8:0:0::1")).toBe("2001:db8::1");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress(" 203.0.113.7:5123 ")).toBe("203.0.113.7");
  });

  it("refuses what is not an address", () => {
    for (const garbage of ["", "unknown", "evil.example", "1.2.3", "300.1.1.1", "<script>", "1.2.3.4.5"]) {
      expect(normaliseAddress(garbage), garbage).toBeNull();
    }
  });
});

describe("forwardingPolicy", () => {
  it("with no trusted proxy (the default) believes only the peer, whatever the client sent", () => {
    for (const setting of [undefined, "none", "0"]) {
      expect(policy(setting)("::ffff:198.51.100.9", forged)).toEqual(addressOnly("198.51.100.9"));
    }
  });

  it("with one proxy takes the address it appended, not what the client put before it", () => {
    const decide = policy("1");
    const chain = { ...forged, "x-forwarded-for": "1.2.3.4, 9.9.9.9, 203.0.113.7" };
    expect(decide("10.0.0.2", chain)).toEqual({
      clientAddress: "203.0.113.7",
      host: "evil.example",
      proto: "https",
      port: "443",
    });
  });

  it("with two proxies steps over both, reading from the right", () => {
    expect(
      policy("2")("10.0.0.2", { "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.1" }).clientAddress,
    ).toBe("203.0.113.7");
  });

  it("takes the farthest address of a chain shorter than the proxies configured", () => {
    expect(policy("2")("10.0.0.2", { "x-forwarded-for": "203.0.113.7" }).clientAddress).toBe("203.0.113.7");
    expect(policy("1")("10.0.0.2", {}).clientAddress).toBe("10.0.0.2");
  });

  it("stops at the last real address when a chain holds garbage", () => {
    expect(policy("1")("10.0.0.2", { "x-forwarded-for": "1.2.3.4, nonsense" }).clientAddress).toBe(
      "10.0.0.2",
    );
    expect(policy("2")("10.0.0.2", { "x-forwarded-for": "garbage, 10.0.0.1" }).clientAddress).toBe(
      "10.0.0.1",
    );
  });

  it("takes no host or scheme a proxy could not have meant", () => {
    const decide = policy("1");
    const odd = {
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-host": "a.example, evil.example",
      "x-forwarded-proto": "gopher",
      "x-forwarded-port": "eighty",
    };
    expect(decide("10.0.0.2", odd)).toEqual(addressOnly("203.0.113.7"));
  });

  it("with proxy addresses believes forwarded headers only from them, and skips every one of them", () => {
    const decide = policy("10.0.0.0/8, ::1");
    const chain = { ...forged, "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.1.2.3" };
    expect(decide("::ffff:10.0.0.2", chain)).toMatchObject({
      clientAddress: "203.0.113.7",
      host: "evil.example",
    });
    expect(decide("::1", chain).clientAddress).toBe("203.0.113.7");
    expect(decide("198.51.100.9", chain)).toEqual(addressOnly("198.51.100.9"));
  });

  it("gives a fresh forged address every time the same answer", () => {
    const decide = policy(undefined);
    const answers = new Set(
      Array.from(
        { length: 25 },
        (_, index) => decide("127.0.0.1", { "x-forwarded-for": `10.0.0.${index}` }).clientAddress,
      ),
    );
    expect([...answers]).toEqual(["127.0.0.1"]);
  });

  it("names an unknown peer 'unknown'", () => {
    expect(policy(undefined)(undefined, forged).clientAddress).toBe("unknown");
  });
});

describe("rewriteForwardedHeaders", () => {
  it("leaves only what was decided", () => {
    const headers: IncomingHttpHeaders = {
      ...forged,
      "x-real-ip": "1.1.1.1",
      forwarded: "for=1.1.1.1",
      host: "a",
    };
    rewriteForwardedHeaders(headers, addressOnly("198.51.100.9"));
    expect(headers).toEqual({ host: "a", "x-forwarded-for": "198.51.100.9" });
  });
});

describe("TRUSTED_PROXIES", () => {
  it("refuses values that name no proxies", () => {
    for (const wrong of ["-1", "11", "yes", "10.0.0.0/33", "1.2.3.4, example.com", ","]) {
      expect(trustedProxiesSchema.safeParse(wrong).success, wrong).toBe(false);
    }
  });
});
