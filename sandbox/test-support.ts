import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type SandboxHandle, type SandboxOptions, startSandbox } from "./server";

export const API_KEY = "test-key";

export interface TestSandbox extends SandboxHandle {
  dataFile: string;
  dir: string;
  get(pathAndQuery: string, key?: string | null): Promise<TestResponse>;
  post(pathname: string, body: unknown, key?: string | null): Promise<TestResponse>;
  send(method: string, pathname: string, body?: unknown): Promise<TestResponse>;
  /** Closes the server and removes its data directory. */
  dispose(): Promise<void>;
}

export interface TestResponse {
  status: number;
  // Tests poke at arbitrary JSON; `any` keeps assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function startTestSandbox(
  options: Partial<SandboxOptions> & { dir?: string } = {},
): Promise<TestSandbox> {
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), "sandbox-test-")));
  const dataFile = options.dataFile ?? path.join(dir, "sandbox.json");
  const handle = await startSandbox({ port: 0, apiKey: API_KEY, ...options, dataFile });
  const send = async (method: string, pathname: string, body?: unknown, key: string | null = API_KEY) => {
    const headers: Record<string, string> = {};
    if (key !== null) headers["x-api-key"] = key;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${handle.url}${pathname}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  return {
    ...handle,
    dataFile,
    dir,
    get: (pathAndQuery, key) => send("GET", pathAndQuery, undefined, key),
    post: (pathname, body, key) => send("POST", pathname, body, key),
    send: (method, pathname, body) => send(method, pathname, body),
    async dispose() {
      await handle.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
