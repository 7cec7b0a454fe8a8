import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { standaloneServer } from "./build";

const sourceDirs = ["app", "components", "lib", "public"];
const sourceFiles = [
  "next.config.ts",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "proxy.ts",
  "scripts/build.ts",
  "scripts/server.ts",
  "scripts/graceful-shutdown.ts",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    0,
  );
}

/** True when there is no production build or a source file changed after it was made. */
export function needsBuild(root: string, distDir: string): boolean {
  // The build's last step writes it (scripts/build.ts).
  const server = standaloneServer(root, distDir);
  if (!existsSync(server)) return true;
  const builtAt = statSync(server).mtimeMs;
  return [...sourceDirs, ...sourceFiles].some((entry) => newestMtime(path.join(root, entry)) > builtAt);
}
