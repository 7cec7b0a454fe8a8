import { maskPhones } from "./mask-phones";
import { currentRequestId } from "./request-context";

export type LogLevel = "info" | "warn" | "error";
/** Ids, codes, counts and durations; `error` is described by its name, message and frames. */
export type LogFields = Record<string, unknown> & { error?: unknown };

function describeError(error: unknown): { error: string; stack?: string } {
  if (!(error instanceof Error)) return { error: String(error) };
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : "";
  // Where it was thrown, without the message the first line repeats.
  const frames = error.stack
    ?.split("\n")
    .slice(1, 9)
    .map((frame) => frame.trim());
  return { error: `${error.name}: ${error.message}${cause}`, stack: frames?.join(" | ") };
}

/**
 * One log line: a JSON object with the time, level, message, the request it belongs to (when one is
 * being served) and `fields`, every phone number in it masked. Callers pass ids, codes and counts,
 * never names, keys or secrets; the masking catches numbers that ride in upstream messages.
 */
export function formatLogLine(
  level: LogLevel,
  message: string,
  fields: LogFields = {},
  time = new Date(),
): string {
  const { error, ...rest } = fields;
  const line = {
    time: time.toISOString(),
    level,
    msg: message,
    requestId: currentRequestId(),
    ...rest,
    ...(error === undefined ? {} : describeError(error)),
  };
  return maskPhones(JSON.stringify(line));
}

// Straight to the streams, not through console: Next patches console inside its own request
// handling (dimming some lines with terminal colour codes), which would break the JSON.
function writer(level: LogLevel) {
  const stream = level === "info" ? process.stdout : process.stderr;
  return (message: string, fields?: LogFields) =>
    void stream.write(`${formatLogLine(level, message, fields)}\n`);
}

/** The app's and the server's one way to log: `log.warn("store unreachable", { error })`. */
export const log = { info: writer("info"), warn: writer("warn"), error: writer("error") };
