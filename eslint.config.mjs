import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "reports/**",
      "sandbox-data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // lib/env.ts is the one reader of the environment; everything else imports it.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from lib/env.ts." },
      ],
      "no-restricted-imports": [
        "error",
        { name: "next/link", message: "Use Link from components/ui/link.tsx, which does not prefetch." },
      ],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["lib/env.ts", "sandbox/**", "scripts/**", "e2e/**", "*.config.*", "bench/**"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
