import path from "node:path";
import type { NextConfig } from "next";
// Importing the config module validates the environment: a bad value stops `next build`/`next start`
// with the variable's name.
import "./lib/env";
import { actionBodyLimitBytes } from "./lib/security/action-request";
import { apiSecurityHeaders } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // Lets several checkouts' test runs build side by side (e2e sets it per run); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `<distDir>/standalone` holds the server and only the dependencies it uses, so a deployment
  // needs no dev dependencies (scripts/build.ts puts our own front in it, README "Deploy").
  output: "standalone",
  outputFileTracingRoot: path.resolve(import.meta.dirname),
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  reactStrictMode: true,
  experimental: {
    // The stylesheet stays a separate, cached file: inlined, it went into every page three times
    // (HTML and twice in the RSC payload, 96 of the booking page's 218 KB), and rendering, escaping and
    // compressing it was a large share of each page's server time. Measured on the same build, linked
    // vs inline: booking page server time p50 261 vs 331 ms alone and 1085 vs 1406 ms eight at a time;
    // time to slots on a phone 895 vs 957 ms on a first visit, 622 vs 747 ms on the next page.
    inlineCss: false,
    // scripts/server.ts refuses larger action bodies before Next reads them; the same limit here.
    serverActions: { bodySizeLimit: actionBodyLimitBytes },
  },
  async headers() {
    return [
      // /manage#<token>: keep the page's URL out of Referer headers to anything it loads or links to.
      { source: "/manage", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // The proxy, which sets every page's headers, does not run for these (proxy.ts).
      {
        source: "/api/:path*",
        headers: Object.entries(apiSecurityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
