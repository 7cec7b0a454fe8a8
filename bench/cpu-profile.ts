// Reads a V8 .cpuprofile (node --cpu-prof) and says where a stretch of it went: self time by package
// or source file, time with each on the stack, and the functions with the most self time. The
// server's code is minified, so each function is looked up in the source maps the build leaves
// beside its chunks (and Next ships beside its runtime) to name the file it was written in.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bench } from "./config";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds on the same monotonic clock as `process.hrtime`, in any process of the machine. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  label: string;
  ms: number;
  percent: number;
}

export interface ProfileWindow {
  /** Main-thread time sampled busy (not idle) in the window. */
  busyMs: number;
  /** Self time by package, Node subsystem or the app's bundle. */
  selfByOwner: Share[];
  /** Time with each owner but Node's own anywhere on the stack (shares overlap). */
  onStackByOwner: Share[];
  topFunctions: Share[];
}

const IDLE = new Set(["(idle)", "(root)"]);

interface Origin {
  /** The file the function was written in, as its source map names it, else the file that ran. */
  source: string;
  line: number;
  name: string;
}

interface FoundMap {
  map: SourceMap;
  /** Where the map's relative source paths start from. */
  dir: string;
}

interface MapEntry {
  originalSource?: string;
  originalLine?: number;
  name?: string;
}

const sourceMaps = new Map<string, FoundMap | null>();

/** The map beside a file, or beside the same file outside the standalone output (which drops maps). */
function sourceMapOf(url: string): FoundMap | null {
  if (!sourceMaps.has(url)) {
    const file = fileURLToPath(url);
    const candidates = [`${file}.map`, `${file.replace(/\/[^/]+\/standalone\//, "/")}.map`];
    const found = candidates.find((candidate) => existsSync(candidate));
    sourceMaps.set(
      url,
      found
        ? { map: new SourceMap(JSON.parse(readFileSync(found, "utf8"))), dir: path.dirname(found) }
        : null,
    );
  }
  return sourceMaps.get(url)!;
}

const origins = new Map<string, Origin>();

function originOf(frame: CallFrame): Origin {
  const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
  let origin = origins.get(key);
  if (!origin) {
    const found = frame.url.startsWith("file://") ? sourceMapOf(frame.url) : null;
    const entry = found?.map.findEntry(frame.lineNumber, frame.columnNumber) as MapEntry | undefined;
    const source = entry?.originalSource;
    origin = source
      ? {
          // Relative sources become paths from the project's root: `lib/time/zoned.ts`.
          source: source.includes("://")
            ? source
            : path.relative(bench.root, path.resolve(found!.dir, source)),
          line: (entry.originalLine ?? 0) + 1,
          name: entry.name || frame.functionName,
        }
      : { source: frame.url, line: frame.lineNumber + 1, name: frame.functionName };
    origins.set(key, origin);
  }
  return origin;
}

/** Who a source file belongs to: a package (React's parts named), a part of Next or Node, or the app. */
function ownerOfSource(source: string): string {
  if (source.startsWith("node:")) return `node: ${source.replace(/^node:(internal\/)?/, "").split("/")[0]}`;
  const clean = decodeURIComponent(source)
    .replace(/^webpack:\/\/next\/\.\//, "next/")
    .replace(/^file:\/\/.*?\/node_modules\//, "node_modules/");
  const inPackage = /(?:node_modules|dist\/compiled)\/((?:@[^/]+\/)?[^/]+)\/(.*)/.exec(clean);
  if (inPackage) {
    const [, name, rest] = inPackage as unknown as [string, string, string];
    if (name === "react-dom" && rest.includes("server")) return "react-dom/server (HTML rendering)";
    if (name.startsWith("react-server-dom")) {
      return rest.includes("client")
        ? "React Flight client (RSC read back for HTML)"
        : "React Flight server (RSC)";
    }
    if (name !== "next") return name;
    return `next: ${rest
      .replace(/^(src|dist)\/(esm\/)?/, "")
      .split("/")
      .slice(0, 2)
      .join("/")}`;
  }
  if (clean.startsWith("next/"))
    return `next: ${clean
      .replace(/^next\/(src|dist)\//, "")
      .split("/")
      .slice(0, 2)
      .join("/")}`;
  if (clean.startsWith("file://")) return `server: ${path.basename(clean)}`;
  return `app: ${clean}`;
}

/** Who a function belongs to, by the file it was written in. */
export function ownerOf(frame: CallFrame): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "V8 builtins and natives";
  return ownerOfSource(originOf(frame).source);
}

function describeFunction(frame: CallFrame): string {
  if (!frame.url) return frame.functionName || "(anonymous)";
  const { source, line, name } = originOf(frame);
  return `${name || "(anonymous)"} (${ownerOf(frame)}, ${path.basename(source)}:${line})`;
}

const toShares = (totals: Map<string, number>, busyUs: number, limit: number): Share[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([label, us]) => ({ label, ms: us / 1000, percent: (100 * us) / busyUs }));

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
}

/** Where the main thread's time went between two `process.hrtime` instants (microseconds). */
export function summariseWindow(profile: CpuProfile, fromUs: number, toUs: number): ProfileWindow {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<string, number>();
  const onStack = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyUs = 0;
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    const weight = profile.timeDeltas[index + 1] ?? 0;
    time += profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node || time < fromUs || time > toUs || IDLE.has(node.callFrame.functionName)) return;
    busyUs += weight;
    const add = (totals: Map<string, number>, key: string) =>
      totals.set(key, (totals.get(key) ?? 0) + weight);
    add(self, ownerOf(node.callFrame));
    add(functions, describeFunction(node.callFrame));
    const owners = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)!.callFrame;
      // Node's event loop, timers and async context are under nearly everything.
      if (frame.url && !frame.url.startsWith("node:")) owners.add(ownerOf(frame));
    }
    owners.forEach((owner) => add(onStack, owner));
  });
  return {
    busyMs: busyUs / 1000,
    selfByOwner: toShares(self, busyUs, 14),
    onStackByOwner: toShares(onStack, busyUs, 24),
    topFunctions: toShares(functions, busyUs, 20),
  };
}

/**
 * The sampler counts wall time, which grows when other processes hold the cores; the process's CPU
 * from /proc does not, so each share's milliseconds are that share of the CPU a request cost.
 */
export function formatWindow(title: string, window: ProfileWindow, requests: number, processCpuMs: number) {
  const cpuPerRequest = processCpuMs / requests;
  const share = ({ label, percent }: Share) =>
    `    ${percent.toFixed(1).padStart(5)} %  ${((percent / 100) * cpuPerRequest).toFixed(2).padStart(6)} ms  ${label}`;
  return [
    `${title}: ${requests} requests, ${cpuPerRequest.toFixed(1)} ms of CPU a request (all threads; ` +
      `the main thread was sampled busy for ${(window.busyMs / requests).toFixed(1)} ms of wall time a request)`,
    "  self time by owner:",
    ...window.selfByOwner.map(share),
    "  on the stack (overlapping):",
    ...window.onStackByOwner.map(share),
    "  functions by self time:",
    ...window.topFunctions.map(share),
  ].join("\n");
}
