// The headers every page answers with. Pure, so the proxy can use it and tests can read it.

export interface SecurityHeaderInput {
  nonce: string;
  /** Origins allowed to show this page in a frame (EMBED_ALLOWED_ORIGINS); null = not embeddable. */
  frameAncestors: string[] | null;
  /** Development needs eval for React's debugging tools; production never gets it. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, frameAncestors, development }: SecurityHeaderInput): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // Inline style attributes carry run-time theme variables (brand colour); no script can run from them.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "frame-src": ["'self'"],
    "frame-ancestors": frameAncestors ? ["'self'", ...frameAncestors] : ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

const everyResponse = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
};

export function securityHeaders(input: SecurityHeaderInput): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(input),
    ...everyResponse,
    ...(input.frameAncestors ? {} : { "X-Frame-Options": "DENY" }),
  };
}

/**
 * The headers of the `/api/` routes, which answer JSON and never a page: a fixed policy under which
 * nothing in the answer may load or run, and no frame. next.config.ts sets them, so these routes
 * skip the proxy (a nonce, the language, the embed), whose run was about a sixth of a read's CPU.
 */
export const apiSecurityHeaders: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  ...everyResponse,
  "X-Frame-Options": "DENY",
};

/** A fresh base64 nonce from 16 random bytes, for one response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
