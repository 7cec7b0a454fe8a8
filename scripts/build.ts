// `npm run build` (and `npm start` when it must build): `next build` into its standalone output, then
// our own server (scripts/server.ts) bundled into that output as `server.js` in place of Next's, with
// the static files beside it. The result, `<distDir>/standalone/`, runs with `node server.js` and
// needs nothing else: no dev dependencies, no TypeScript, no source.
import { spawn } from "node:child_process";
import { cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { keepingTsconfig } from "./keep-tsconfig";

export const standaloneServer = (root: string, distDir: string) =>
  path.join(root, distDir, "standalone", "server.js");

function nextBuild(root: string, env: NodeJS.ProcessEnv): Promise<number> {
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  return keepingTsconfig(root, () => {
    const child = spawn(process.execPath, [next, "build"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    return new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  });
}

/**
 * esbuild rather than a second Next build: the server is one entry with a handful of lib/ modules;
 * `next` stays external and is loaded from the standalone output's own traced node_modules.
 */
async function bundleServer(root: string, distDir: string): Promise<void> {
  const standalone = path.join(root, distDir, "standalone");
  await build({
    entryPoints: [path.join(root, "scripts", "server.ts")],
    outfile: path.join(standalone, "scripts", "server.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["next", "next/*"],
    tsconfig: path.join(root, "tsconfig.json"),
    // Bundled CommonJS may still call require for Node's own modules.
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
  // Next's own server.js would start Next without our front: whoever runs it runs ours. Like Next's,
  // it sets NODE_ENV before anything reads the configuration.
  writeFileSync(
    path.join(standalone, "server.js"),
    'process.env.NODE_ENV = "production";\nawait import("./scripts/server.js");\n',
  );
  cpSync(path.join(root, distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) {
    cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
  }
}

/** Builds the app and its standalone server; the exit code of the first step that failed, else 0. */
export async function buildApp(root: string, env: NodeJS.ProcessEnv): Promise<number> {
  const distDir = env.NEXT_DIST_DIR || ".next";
  // A server.js left from an earlier build must not pass for this one's if a step fails.
  rmSync(standaloneServer(root, distDir), { force: true });
  const code = await nextBuild(root, env);
  if (code !== 0) return code;
  await bundleServer(root, distDir);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await buildApp(path.resolve(import.meta.dirname, ".."), process.env);
}
