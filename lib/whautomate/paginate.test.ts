import { describe, expect, it } from "vitest";
import { UpstreamContractError } from "./errors";
import { fetchAllPages } from "./paginate";

function pagesOf(...sizes: number[]) {
  const calls: [number, number][] = [];
  const fetchPage = async (page: number, limit: number) => {
    calls.push([page, limit]);
    return Array.from({ length: sizes[page - 1] ?? 0 }, (_, index) => `${page}.${index}`);
  };
  return { calls, fetchPage };
}

describe("fetchAllPages", () => {
  it("walks pages from 1 until a short page", async () => {
    const { calls, fetchPage } = pagesOf(100, 100, 7);
    const items = await fetchAllPages("GET /v1/appointments", fetchPage);
    expect(items).toHaveLength(207);
    expect(calls).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
  });

  it("stops at the empty page after an exact multiple", async () => {
    const { calls, fetchPage } = pagesOf(100, 100, 0);
    expect(await fetchAllPages("GET /v1/classes", fetchPage)).toHaveLength(200);
    expect(calls).toHaveLength(3);
  });

  it("never loops forever on an upstream that ignores page", async () => {
    const fetchPage = async () => Array.from({ length: 100 }, () => "same");
    await expect(fetchAllPages("GET /v1/classes", fetchPage, { maxPages: 5 })).rejects.toThrow(
      new UpstreamContractError("GET /v1/classes: still full after 5 pages of 100; narrow the query"),
    );
  });
});
