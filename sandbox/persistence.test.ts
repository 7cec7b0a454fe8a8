import { spawn } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { API_KEY, startTestSandbox } from "./test-support";

const NOW = "2026-06-01T10:07:00Z";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dirs: string[] = [];

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sandbox-persist-"));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const bookEmma = (time: string) => ({
  client: { id: "cli_emma" },
  location: { id: "loc_london" },
  service: { id: "svc_signature_cut" },
  staff: { id: "stf_amelia" },
  date: "2026-06-16",
  time,
});

describe("persistence", () => {
  it("keeps bookings across a restart", async () => {
    const dir = await freshDir();
    const first = await startTestSandbox({ dir, now: NOW });
    const { body: booked } = await first.post("/v1/appointments", bookEmma("10:00 AM"));
    await first.close();

    const second = await startTestSandbox({ dir, now: NOW });
    expect((await second.get(`/v1/appointments/${booked.id}`)).body.id).toBe(booked.id);
    await second.close();
  });

  it("ignores and tidies a temp file left by a crash mid-write", async () => {
    const dir = await freshDir();
    const first = await startTestSandbox({ dir, now: NOW });
    const { body: booked } = await first.post("/v1/appointments", bookEmma("11:00 AM"));
    await first.close();
    await writeFile(path.join(dir, ".sandbox.json.4242.7.tmp"), '{"version":1,"locations":[{"id":"lo');

    const second = await startTestSandbox({ dir, now: NOW });
    expect((await second.get(`/v1/appointments/${booked.id}`)).status).toBe(200);
    await second.close();
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("starts from the seed, and says so, when the file is unreadable", async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, "sandbox.json"), "{ this is not json");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const sandbox = await startTestSandbox({ dir, now: NOW });
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/unreadable.*starting from the seed/);
    expect((await sandbox.get("/v1/locations")).body).toHaveLength(2);
    await sandbox.close();
    expect(await readFile(path.join(dir, "sandbox.json.unreadable"), "utf8")).toBe("{ this is not json");
  });

  it("has every answered change on disk when the process is killed with SIGKILL", async () => {
    const dir = await freshDir();
    const dataFile = path.join(dir, "nested", "sandbox.json");
    const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        SANDBOX_PORT: "0",
        SANDBOX_DATA: dataFile,
        SANDBOX_NOW: NOW,
        SANDBOX_API_KEY: API_KEY,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once("exit", (code) => reject(new Error(`sandbox exited early with ${code}`)));
      });
      const post = (body: unknown, pathname = "/v1/appointments") =>
        fetch(`${url}${pathname}`, {
          method: "POST",
          headers: { "x-api-key": API_KEY, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      const confirmed = (await (await post(bookEmma("02:00 PM"))).json()) as { id: string };
      // A burst of writes still in flight when the kill lands.
      const burst = Array.from({ length: 40 }, (_, index) =>
        post(
          { fullName: `Burst ${index}`, countryCode: "+44", phone: `7700903${index}` },
          "/v1/clients",
        ).catch(() => null),
      );
      await new Promise((resolve) => setTimeout(resolve, 15));
      child.kill("SIGKILL");
      await Promise.all(burst);

      const restarted = await startTestSandbox({ dir, dataFile, now: NOW });
      expect((await restarted.get(`/v1/appointments/${confirmed.id}`)).status).toBe(200);
      await restarted.close();
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
