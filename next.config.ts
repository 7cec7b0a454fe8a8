import path from "node:path";
import type { NextConfig } from "next";
// Importing the config module validates the environment: a bad value stops `next build`/`next start`
// with the variable's name.
import "./lib/env";
import { actionBodyLimitBytes } from "./lib/security/action-request";

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
    // The stylesheet (Tailwind, ~6 KB compressed) goes inside each page instead of being a separate,
    // render-blocking request: most visitors come once, from a link or an embed, so painting sooner
    // matters more than caching it. Measured with `npm run bench`: time to slots 60-140 ms sooner.
    inlineCss: true,
    // scripts/server.ts refuses larger action bodies before Next reads them; the same limit here.
    serverActions: { bodySizeLimit: actionBodyLimitBytes },
  },
  async headers() {
    // /manage#<token>: keep the page's URL out of Referer headers to anything it loads or links to.
    return [{ source: "/manage", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] }];
  },
};

export default nextConfig;
