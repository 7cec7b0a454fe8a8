import { describe, expect, it, vi } from "vitest";
import { createClient, getClient, searchClients } from "./clients";
import { withStubUpstream } from "@/test/support/upstream/api-harness";

vi.mock("./client", () => ({
  defaultHttp: () => {
    throw new Error("tests pass their own http");
  },
}));

const harness = withStubUpstream();
const rawClient = {
  id: "cli_1",
  fullName: "Ada",
  countryCode: "+44",
  phone: "7700900123",
  email: "",
  tags: [],
};

describe("clients", () => {
  it("creates a client with its primary location and reads clients back", async () => {
    harness.upstream.answer({ json: rawClient }, { json: [rawClient] }, { json: rawClient });
    const created = await createClient(
      { fullName: "Ada", countryCode: "+44", phone: "7700900123", primaryLocationId: "loc_1" },
      harness.http,
    );
    const found = await searchClients({ searchText: "7700900123" }, harness.http);
    await getClient("cli_1", harness.http);
    expect(created).toEqual({
      id: "cli_1",
      fullName: "Ada",
      countryCode: "+44",
      phone: "7700900123",
      email: null,
      preferredLanguage: null,
    });
    expect(found).toEqual([created]);
    expect(harness.upstream.requests[0]?.body).toEqual({
      fullName: "Ada",
      countryCode: "+44",
      phone: "7700900123",
      primaryLocation: { id: "loc_1" },
    });
    expect(harness.upstream.requests[1]?.query.get("searchText")).toBe("7700900123");
  });

  it("refuses a phone with its country code still attached", async () => {
    await expect(
      createClient({ fullName: "Ada", countryCode: "+44", phone: "+447700900123" }, harness.http),
    ).rejects.toThrow(/phone: expected digits without the country code/);
    expect(harness.upstream.requests).toHaveLength(0);
  });
});
