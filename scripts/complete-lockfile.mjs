// Adds lock entries for other platforms' optional native packages (macOS, Windows, …) that npm
// leaves out when the registry it reaches serves only this machine's platforms. Without them
// `npm ci` refuses the lock ("Missing: @next/swc-darwin-arm64@ from lock file"). Each entry gets the
// os/cpu/libc its name states, so npm skips it here and fetches it by version on such a machine.
// Run after changing dependencies: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

const systems = [
  "darwin",
  "win32",
  "linux",
  "android",
  "freebsd",
  "openharmony",
  "sunos",
  "aix",
  "netbsd",
  "openbsd",
];
const cpus = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = tokens.find((token) => systems.includes(token));
  const cpu = tokens.find((token) => cpus.includes(token));
  const libcToken = tokens.find((token) => /^(gnu|musl)/.test(token));
  if (!cpu) return null;
  return {
    ...(os ? { os: [os] } : {}),
    cpu: [cpu],
    ...(os === "linux" && libcToken ? { libc: [libcToken.startsWith("musl") ? "musl" : "glibc"] } : {}),
  };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dependency, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parent = location === "" ? "" : `${location}/`;
    const candidates = [`${parent}node_modules/${dependency}`, `node_modules/${dependency}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    const platform = platformOf(dependency);
    if (!platform) continue;
    packages[`node_modules/${dependency}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} other-platform optional entries`);
