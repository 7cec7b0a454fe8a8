// What Lighthouse's performance score can be on this machine for any page of this stack: a Next.js
// page of one heading and one paragraph, no stylesheet, no client component of its own, built with
// this checkout's Next and React (node_modules hard-linked) and served by `next start`. Lighthouse
// slows the CPU 4× from the host's own speed, so on slow shared cores this floor sits below
// 100; the app's pages are compared with it in the same run.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitFor } from "../scripts/wait-for";
import { bench } from "./config";

const files = {
  "package.json": `{ "private": true }\n`,
  "app/layout.jsx": `export default function Layout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export const metadata = { title: "Floor" };

export default function Page() {
  return (
    <main>
      <h1>A page of text</h1>
      <p>Nothing but Next.js and React, to measure what this machine allows any page.</p>
    </main>
  );
}
`,
};

/** Builds and serves the floor page on `port` for `measure`, then stops it and removes its folder. */
export async function withFloorPage<T>(port: number, measure: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "whautomate-bench-floor-"));
  const next = path.join(dir, "node_modules", "next", "dist", "bin", "next");
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    execFileSync("cp", ["-al", path.join(bench.root, "node_modules"), path.join(dir, "node_modules")]);
    execFileSync(process.execPath, [next, "build"], {
      cwd: dir,
      stdio: "ignore",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    const server = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", String(port)], {
      cwd: dir,
      stdio: "ignore",
    });
    try {
      const url = `http://127.0.0.1:${port}/`;
      await waitFor(url, 30_000);
      return await measure(url);
    } finally {
      server.kill("SIGTERM");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
