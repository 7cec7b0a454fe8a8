import type { NextConfig } from "next";
// Importing the config module validates the environment: a bad value stops `next build`/`next start`
// with the variable's name.
import "./lib/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  reactStrictMode: true,
};

export default nextConfig;
