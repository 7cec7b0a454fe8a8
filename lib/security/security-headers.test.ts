import { describe, expect, it } from "vitest";
import { createNonce, securityHeaders } from "./security-headers";

describe("securityHeaders", () => {
  it("lets only scripts carrying this response's nonce run, and nothing eval", () => {
    const csp = securityHeaders({ nonce: "abc", frameAncestors: [], development: false })[
      "Content-Security-Policy"
    ];
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
  });

  it("allows framing only by the listed origins on embeddable pages, without X-Frame-Options", () => {
    const headers = securityHeaders({
      nonce: "n",
      frameAncestors: ["https://salon.example", "http://localhost:8080"],
      development: false,
    });
    expect(headers["Content-Security-Policy"]).toContain(
      "frame-ancestors 'self' https://salon.example http://localhost:8080",
    );
    expect(headers["X-Frame-Options"]).toBeUndefined();
  });

  it("refuses every frame on pages that are not embeddable", () => {
    const headers = securityHeaders({ nonce: "n", frameAncestors: null, development: false });
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });

  it("makes a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
