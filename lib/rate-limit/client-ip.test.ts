import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the address the server decided", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("takes the last entry of a chain, never one a client put in front of it", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("counts an IPv6 caller by its /64, however its address is spelled", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8:1:2:aaaa::1" }))).toBe("2001:db8:1:2::/64");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8:1:2:bbbb:cccc:dddd:eeee" }))).toBe(
      "2001:db8:1:2::/64",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8:0:0::/64");
    expect(clientIp(new Headers({ "x-forwarded-for": "::1" }))).toBe("0:0:0:0::/64");
  });

  it("ignores X-Real-IP, which the server removes", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("unknown");
  });

  it("uses one shared 'unknown' bucket when no address is present", () => {
    expect(clientIp(new Headers())).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": " , " }))).toBe("unknown");
  });
});
