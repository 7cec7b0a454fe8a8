import { copyFile } from "node:fs/promises";
import { loadStateFile, removeStaleTempFiles, StateWriter } from "./persistence";
import { buildSeed } from "./seed";
import type { SandboxState } from "./types";

/** Wall clock of the sandbox: frozen at an instant, or real time when `frozenAt` is null. */
export class Clock {
  constructor(private frozenAt: number | null) {}

  now(): number {
    return this.frozenAt ?? Date.now();
  }

  freeze(instant: number | null): void {
    this.frozenAt = instant;
  }

  isFrozen(): boolean {
    return this.frozenAt !== null;
  }
}

export class Store {
  private revision = 0;
  private readonly writer: StateWriter;

  private constructor(
    public state: SandboxState,
    readonly clock: Clock,
    file: string,
  ) {
    this.writer = new StateWriter(file, () => JSON.stringify(this.state, null, 2));
  }

  /** Loads the data file if it is readable, else seeds relative to the clock and writes the seed. */
  static async open(file: string, clock: Clock): Promise<Store> {
    await removeStaleTempFiles(file);
    const loaded = await loadStateFile(file);
    if (loaded.kind === "loaded") return new Store(loaded.state, clock, file);
    if (loaded.kind === "unreadable") {
      const backup = `${file}.unreadable`;
      await copyFile(file, backup).catch(() => undefined);
      process.stderr.write(
        `Sandbox: ${file} is unreadable (${loaded.reason}); starting from the seed (old file kept as ${backup}).\n`,
      );
    }
    const store = new Store(buildSeed(clock.now()), clock, file);
    await store.writer.persist();
    return store;
  }

  now(): number {
    return this.clock.now();
  }

  /** Every mutation calls this; the server persists before answering when the revision moved. */
  markChanged(): void {
    this.revision += 1;
  }

  get currentRevision(): number {
    return this.revision;
  }

  persist(): Promise<void> {
    return this.writer.persist();
  }

  reseed(): Promise<void> {
    this.state = buildSeed(this.clock.now());
    this.markChanged();
    return this.persist();
  }

  idle(): Promise<void> {
    return this.writer.idle();
  }
}
