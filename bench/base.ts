// BENCH_BASE=<commit>: the same measurements of another commit, on the same machine in the same run,
// for a "before" column. The commit is checked out into a temporary git worktree that shares this
// checkout's node_modules (hard links), and its own `bench/run.ts` runs there first, on the same
// ports, so before and after meet the same machine, load and settings.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bench } from "./config";
import type { Measurement } from "./measurement";

export interface BaseResults {
  commit: string;
  measurements: Pick<Measurement, "name" | "unit" | "value">[];
}

const git = (...args: string[]) => execFileSync("git", args, { cwd: bench.root }).toString().trim();

function runIn(dir: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/run.ts"], {
      cwd: dir,
      env: { ...process.env, BENCH_BASE: "" },
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", resolve);
  });
}

/** Runs the benchmark of `revision` (BENCH_ONLY and the other settings as given) and reads its results. */
export async function measureBase(revision: string): Promise<BaseResults> {
  const commit = git("rev-parse", "--short", `${revision}^{commit}`);
  const dir = path.join(os.tmpdir(), `whautomate-bench-base-${commit}`);
  if (existsSync(dir)) git("worktree", "remove", "--force", dir);
  git("worktree", "add", "--detach", dir, commit);
  try {
    execFileSync("cp", ["-al", path.join(bench.root, "node_modules"), path.join(dir, "node_modules")]);
    const code = await runIn(dir);
    if (code !== 0) throw new Error(`the benchmark of ${commit} failed (exit code ${code})`);
    const results = JSON.parse(readFileSync(path.join(dir, "bench-results", "bench.json"), "utf8")) as {
      measurements: BaseResults["measurements"];
    };
    return { commit, measurements: results.measurements };
  } finally {
    rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
    git("worktree", "remove", "--force", dir);
  }
}
