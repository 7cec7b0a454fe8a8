import type { z } from "zod";
import { isValidLocalDate, isValidTimeZone } from "./time";

export interface Reply {
  status: number;
  body: unknown;
}

/** An answer the vendor gives on purpose; handlers throw it and the server writes it verbatim. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message ?? body.error));
    this.name = "ApiError";
  }
}

export const invalidBody = () => new ApiError(400, { message: "Invalid request body" });
export const invalidParameters = () => new ApiError(400, { error: "Invalid parameters" });
export const rejected = (message: string) => new ApiError(400, { message });
export const unknownId = (field: string) => new ApiError(404, { error: `Invalid ${field}` });
export const notFound = () => new ApiError(404, { message: "Not Found" });

export const ok = (body: unknown): Reply => ({ status: 200, body });

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw invalidBody();
  return result.data;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;
const POSITIVE_INTEGER = /^[1-9]\d*$/;

export interface Page {
  page: number;
  limit: number;
}

export function readPage(query: URLSearchParams): Page {
  const page = readPositiveInteger(query, "page") ?? 1;
  const limit = readPositiveInteger(query, "limit") ?? DEFAULT_LIMIT;
  if (limit > MAX_LIMIT) throw invalidParameters();
  return { page, limit };
}

export function paginate<T>(items: readonly T[], { page, limit }: Page): T[] {
  return items.slice((page - 1) * limit, page * limit);
}

function readPositiveInteger(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!POSITIVE_INTEGER.test(value) || value.length > 9) throw invalidParameters();
  return Number(value);
}

/** Optional query string; an empty value counts as absent. */
export function readText(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name)?.trim();
  return value ? value : undefined;
}

export function readLocalDate(query: URLSearchParams, name: string): string | undefined {
  const value = readText(query, name);
  if (value !== undefined && !isValidLocalDate(value)) throw invalidParameters();
  return value;
}

export function readTimeZone(query: URLSearchParams, name: string): string | undefined {
  const value = readText(query, name);
  if (value !== undefined && !isValidTimeZone(value)) throw invalidParameters();
  return value;
}

export function readBoolean(query: URLSearchParams, name: string): boolean {
  const value = readText(query, name)?.toLowerCase();
  if (value === undefined || value === "false" || value === "0") return false;
  if (value === "true" || value === "1") return true;
  throw invalidParameters();
}

export function inDateRange(date: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}
