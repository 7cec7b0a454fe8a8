import type { NextConfig } from "next";
// Importing the config module validates the environment: a bad value stops `next build`/`next start`
// with the variable's name.
import "./lib/env";

const nextConfig: NextConfig = {
  // Lets several checkouts' test runs build side by side (e2e sets it per run); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  reactStrictMode: true,
};

export default nextConfig;
