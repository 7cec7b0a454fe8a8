import { mkdir, open, readFile, readdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { SandboxState } from "./types";

const stateFileShape = z.looseObject({
  version: z.literal(1),
  seededAt: z.string(),
  locations: z.array(z.looseObject({ id: z.string(), timezone: z.string() })).min(1),
  staff: z.array(z.looseObject({ id: z.string(), hours: z.array(z.unknown()) })),
  categories: z.array(z.looseObject({ id: z.string() })),
  services: z.array(
    z.looseObject({
      id: z.string(),
      durationMinutes: z.number(),
      addOns: z.array(z.looseObject({ id: z.string() })),
    }),
  ),
  clients: z.array(z.looseObject({ id: z.string() })),
  appointments: z.array(z.looseObject({ id: z.string(), startUtc: z.string() })),
  classes: z.array(z.looseObject({ id: z.string(), startUtc: z.string() })),
  participants: z.array(z.looseObject({ id: z.string(), classId: z.string() })),
  outbox: z.array(z.unknown()),
});

export type LoadResult =
  { kind: "loaded"; state: SandboxState } | { kind: "missing" } | { kind: "unreadable"; reason: string };

export async function loadStateFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "unreadable", reason: (error as Error).message };
  }
  try {
    const parsed = stateFileShape.safeParse(JSON.parse(text));
    if (!parsed.success) return { kind: "unreadable", reason: "unexpected shape" };
    return { kind: "loaded", state: parsed.data as unknown as SandboxState };
  } catch (error) {
    return { kind: "unreadable", reason: (error as Error).message };
  }
}

let tempCounter = 0;

function tempPrefix(file: string): string {
  return `.${path.basename(file)}.`;
}

/** Write to a temp file beside the target, fsync, then rename, so a crash leaves either the old or the new file. */
export async function writeFileAtomic(file: string, contents: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  tempCounter += 1;
  const temp = path.join(dir, `${tempPrefix(file)}${process.pid}.${tempCounter}.tmp`);
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(contents, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic there.
  }
}

/** Temp files left by a process killed mid-write are never read; tidy them away. */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = tempPrefix(file);
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith(".tmp"))
      .map((name) => unlink(path.join(dir, name)).catch(() => undefined)),
  );
}

/**
 * Serialises writes: one in flight, and every change made meanwhile shares the single write queued
 * behind it. The returned promise settles once a write that includes the caller's change is on disk.
 */
export class StateWriter {
  private inFlight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => string,
  ) {}

  persist(): Promise<void> {
    if (this.queued) return this.queued;
    const running = this.inFlight;
    if (!running) return this.start();
    this.queued = running.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  async idle(): Promise<void> {
    while (this.inFlight || this.queued) await (this.queued ?? this.inFlight);
  }

  private start(): Promise<void> {
    const contents = this.snapshot();
    const write = writeFileAtomic(this.file, contents)
      .catch((error: unknown) => {
        process.stderr.write(`Sandbox: could not save ${this.file}: ${(error as Error).message}\n`);
      })
      .finally(() => {
        if (this.inFlight === write) this.inFlight = null;
      });
    this.inFlight = write;
    return write;
  }
}
