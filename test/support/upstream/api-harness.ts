// Shared set-up for tests of the exported API functions: a stub upstream and an http instance
// pointed at it, with instant, recorded retries.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createWhautomateHttp, type WhautomateHttp } from "@/lib/whautomate/http";
import { startStubUpstream, type StubUpstream } from "./stub-upstream";

export interface ApiHarness {
  upstream: StubUpstream;
  http: WhautomateHttp;
}

export function withStubUpstream(): ApiHarness {
  const harness = {} as ApiHarness;
  beforeAll(async () => {
    harness.upstream = await startStubUpstream();
    harness.http = createWhautomateHttp({
      baseUrl: harness.upstream.baseUrl,
      apiKey: "test-key",
      timeoutMs: 2_000,
      sleep: async () => {},
      random: () => 0,
    });
  });
  beforeEach(() => harness.upstream.reset());
  afterAll(() => harness.upstream.close());
  return harness;
}
