import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bench } from "./config";
import type { BaseResults } from "./base";
import type { Measurement } from "./measurement";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  commit: string | null;
  date: string;
  /** 1, 5 and 15 minutes, when the table was made: how busy the machine's cores were meanwhile. */
  loadAverage: number[];
}

export function describeMachine(chromium: string): Machine {
  let commit: string | null = null;
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: bench.root }).toString().trim();
    commit =
      git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain") ? " with uncommitted changes" : "");
  } catch {
    // not a git checkout
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    commit,
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((load) => Math.round(load * 10) / 10),
  };
}

function formatValue({ value, unit }: Pick<Measurement, "value" | "unit">): string {
  if (value === null || Number.isNaN(value)) return "n/a";
  const rounded = unit === "KB" ? value.toFixed(1) : String(Math.round(value));
  return unit === "score" || unit === "count" ? rounded : `${rounded} ${unit}`;
}

function verdict(measurement: Measurement): string {
  if (!measurement.target) return "";
  if (measurement.value === null || Number.isNaN(measurement.value)) return "n/a";
  return measurement.target.met(measurement.value) ? "met" : "**missed**";
}

/** A Markdown table, for the terminal and for pasting into the README; with `base`, a "before" column. */
export function table(
  measurements: Measurement[],
  machine: Machine,
  base: BaseResults | null = null,
): string {
  const before = (m: Measurement) => {
    const found = base?.measurements.find((candidate) => candidate.name === m.name);
    return found ? formatValue(found) : "";
  };
  const rows = measurements.map((m) => [
    m.name,
    ...(base ? [before(m)] : []),
    formatValue(m),
    m.target?.label ?? "",
    verdict(m),
    m.samples.length > 1 ? `median of ${m.samples.length}` : "",
    m.note,
  ]);
  const header = [
    "measurement",
    ...(base ? [`before (${base.commit})`] : []),
    "result",
    "target",
    "",
    "runs",
    "notes",
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map(line),
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ` +
      `Chromium ${machine.chromium}; commit ${machine.commit ?? "?"}; ${machine.date}; ` +
      `load average ${machine.loadAverage.join(", ")}.`,
  ].join("\n");
}

export function writeResults(
  measurements: Measurement[],
  machine: Machine,
  markdown: string,
  base: BaseResults | null = null,
): string {
  mkdirSync(bench.resultsDir, { recursive: true });
  const file = path.join(bench.resultsDir, "bench.json");
  const rows = measurements.map(({ target, ...rest }) => ({
    ...rest,
    target: target?.label ?? null,
    met: target && rest.value !== null && !Number.isNaN(rest.value) ? target.met(rest.value) : null,
  }));
  const settings = {
    upstreamLatencyMs: bench.upstreamLatencyMs,
    upstreamRateLimitRpm: bench.upstreamRateLimitRpm,
    runs: bench.runs,
    loadVisitors: bench.loadVisitors,
    loadSeconds: bench.loadSeconds,
    stepSeconds: bench.stepSeconds,
    maxClients: bench.maxClients,
  };
  writeFileSync(file, `${JSON.stringify({ machine, settings, base, measurements: rows }, null, 2)}\n`);
  writeFileSync(path.join(bench.resultsDir, "bench.md"), `${markdown}\n`);
  return file;
}
