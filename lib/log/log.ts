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

function writer(level: LogLevel) {
  return (message: string, fields?: LogFields) => {
    const line = formatLogLine(level, message, fields);
    if (level === "info") console.log(line);
    else if (level === "warn") console.warn(line);
    else console.error(line);
  };
}

/** The app's and the server's one way to log: `log.warn("store unreachable", { error })`. */
export const log = { info: writer("info"), warn: writer("warn"), error: writer("error") };
