import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Runs `build` (a `next build`) and then puts tsconfig.json back as it was. Next adds its dist
 * directory's type paths to the file, and a build into any directory but `.next` (the bench's, an
 * e2e run's `E2E_DIST_DIR`) does not belong in the project's config.
 */
export async function keepingTsconfig<T>(root: string, build: () => Promise<T>): Promise<T> {
  const file = path.join(root, "tsconfig.json");
  const before = readFileSync(file, "utf8");
  try {
    return await build();
  } finally {
    if (readFileSync(file, "utf8") !== before) writeFileSync(file, before);
  }
}
