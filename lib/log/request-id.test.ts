import { describe, expect, it } from "vitest";
import { requestIdFor } from "./request-id";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("requestIdFor", () => {
  it("keeps a proxy's well-formed id", () => {
    expect(requestIdFor("3f2b9c1e-77aa-4c1d-9a0e-0c1d2e3f4a5b")).toBe("3f2b9c1e-77aa-4c1d-9a0e-0c1d2e3f4a5b");
    expect(requestIdFor("Root=1-67891233-abcdef012345678912345678")).toBe(
      "Root=1-67891233-abcdef012345678912345678",
    );
  });

  it("makes a new one for a missing, repeated, short, long or odd id", () => {
    for (const incoming of [
      undefined,
      ["abcdefgh1", "abcdefgh2"],
      "short",
      "x".repeat(129),
      'abcdefgh"}\n{"level":"info"',
      "abcdefgh <script>",
      "-startswithdash",
    ]) {
      expect(requestIdFor(incoming)).toMatch(uuid);
    }
  });
});
