// The read routes as a browser (or a script posing as one) calls them: a GET with a query string,
// answered as status, JSON and caching. Import after setUpActionHarness(): the routes load the
// faked configuration.
import { expect } from "vitest";

type ReadHandler = (request: Request, context?: { params: Promise<{ id: string }> }) => Promise<Response>;

export interface ReadAnswer {
  status: number;
  body: unknown;
  cacheControl: string | null;
}

/**
 * A query string from any input a script could build: each field as text (arrays as repeated
 * fields, null and undefined left out), or a whole input that is not an object as raw text.
 */
export function searchOf(input: unknown): URLSearchParams {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return new URLSearchParams(typeof input === "string" ? input : (JSON.stringify(input) ?? ""));
  }
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      search.append(name, typeof item === "string" ? item : (JSON.stringify(item) ?? String(item)));
    }
  }
  return search;
}

async function answerOf(response: Response): Promise<ReadAnswer> {
  return {
    status: response.status,
    body: await response.json(),
    cacheControl: response.headers.get("cache-control"),
  };
}

export async function loadReadRoutes() {
  const [month, nextDate, nextFree, week, nextWeek, classDetail] = await Promise.all([
    import("@/app/api/availability/month/route"),
    import("@/app/api/availability/next-date/route"),
    import("@/app/api/availability/next-free/route"),
    import("@/app/api/classes/week/route"),
    import("@/app/api/classes/next-week/route"),
    import("@/app/api/classes/[id]/route"),
  ]);
  const get = (handler: ReadHandler, path: string) => async (input: unknown) =>
    answerOf(await handler(new Request(`http://app.test${path}?${searchOf(input)}`)));
  return {
    month: get(month.GET, "/api/availability/month"),
    nextDate: get(nextDate.GET, "/api/availability/next-date"),
    nextFree: get(nextFree.GET, "/api/availability/next-free"),
    week: get(week.GET, "/api/classes/week"),
    nextWeek: get(nextWeek.GET, "/api/classes/next-week"),
    /** Any id, as the path segment Next would have decoded. */
    classDetail: async (id: unknown) => {
      const segment = typeof id === "string" ? id : (JSON.stringify(id) ?? String(id));
      const request = new Request(`http://app.test/api/classes/${encodeURIComponent(segment)}`);
      return answerOf(await classDetail.GET(request, { params: Promise.resolve({ id: segment }) }));
    },
  };
}

/** The data of a read that must have worked. */
export function readData<T>(answer: ReadAnswer, label = "read"): T {
  expect(answer.status, `${label}: ${JSON.stringify(answer.body)}`).toBe(200);
  return answer.body as T;
}

/** A refused read: 400 and its code, nothing else (no words, no internals). */
export function expectInvalidRead(answer: unknown, label: string): void {
  expect(answer, label).toEqual({ status: 400, body: { code: "invalid" }, cacheControl: "no-store" });
}
