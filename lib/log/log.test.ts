import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, log } from "./log";
import { withRequestContext } from "./request-context";

const at = new Date("2026-12-07T04:00:00.000Z");

describe("formatLogLine", () => {
  it("writes one JSON object on one line", () => {
    const line = formatLogLine("info", "request", { method: "GET", path: "/book", status: 200 }, at);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-12-07T04:00:00.000Z",
      level: "info",
      msg: "request",
      method: "GET",
      path: "/book",
      status: 200,
    });
  });

  it("names the request being served", () => {
    const line = withRequestContext({ requestId: "req-1234" }, () => formatLogLine("warn", "slow", {}, at));
    expect(JSON.parse(line)).toMatchObject({ requestId: "req-1234", level: "warn" });
  });

  it("masks phone numbers in the message, fields and errors", () => {
    const line = formatLogLine(
      "error",
      "lookup of +447700900123 failed",
      { detail: "phone +5511987654321", error: new Error("GET /v1/clients?phone=447700900123: 500") },
      at,
    );
    expect(line).not.toMatch(/7700900|98765/);
    expect(JSON.parse(line)).toMatchObject({
      msg: "lookup of +44*******123 failed",
      detail: "phone +55********321",
      error: "Error: GET /v1/clients?phone=44*******123: 500",
    });
  });

  it("keeps a line that tries to break out of its JSON on one line", () => {
    const line = formatLogLine("warn", 'bad "name"\n{"level":"info"}', {}, at);
    expect(line.split("\n")).toHaveLength(1);
    expect(JSON.parse(line).msg).toBe('bad "name"\n{"level":"info"}');
  });
});

describe("log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes warnings and errors to stderr, the rest to stdout", () => {
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    log.info("listening", { port: 3000 });
    log.warn("store unreachable");
    const [infoLine] = stdout.mock.calls[0]!;
    const [warnLine] = stderr.mock.calls[0]!;
    expect(infoLine).toMatch(/^\{.*\}\n$/);
    expect(JSON.parse(infoLine as string)).toMatchObject({ level: "info", port: 3000 });
    expect(JSON.parse(warnLine as string)).toMatchObject({ msg: "store unreachable" });
  });
});
