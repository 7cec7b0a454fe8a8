import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keepingTsconfig } from "./keep-tsconfig";

const original = '{ "include": ["**/*.ts", ".next/types/**/*.ts"] }\n';
const rewritten = '{\n  "include": ["**/*.ts", ".next/types/**/*.ts", ".next-bench/types/**/*.ts"]\n}\n';

describe("keepingTsconfig", () => {
  let root: string;
  const tsconfig = () => path.join(root, "tsconfig.json");
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "keep-tsconfig-"));
    writeFileSync(tsconfig(), original);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("puts back what the build wrote into tsconfig.json, and returns the build's result", async () => {
    const result = await keepingTsconfig(root, async () => {
      writeFileSync(tsconfig(), rewritten);
      return 0;
    });
    expect(result).toBe(0);
    expect(readFileSync(tsconfig(), "utf8")).toBe(original);
  });

  it("puts it back when the build fails too", async () => {
    const failing = keepingTsconfig(root, async () => {
      writeFileSync(tsconfig(), rewritten);
      throw new Error("build failed");
    });
    await expect(failing).rejects.toThrow("build failed");
    expect(readFileSync(tsconfig(), "utf8")).toBe(original);
  });

  it("leaves a tsconfig.json the build did not change untouched", async () => {
    const before = statSync(tsconfig()).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await keepingTsconfig(root, async () => undefined);
    expect(statSync(tsconfig()).mtimeMs).toBe(before);
  });
});
