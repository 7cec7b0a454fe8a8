import { describe, expect, it } from "vitest";
import { isEmbeddablePath } from "./embeddable-paths";

describe("isEmbeddablePath", () => {
  it("lets every customer page be framed", () => {
    for (const path of [
      "/",
      "/book",
      "/classes",
      "/classes/cls_1",
      "/bookings",
      "/bookings/apt_1",
      "/sign-in",
      "/manage",
    ]) {
      expect(isEmbeddablePath(path)).toBe(true);
    }
  });

  it("refuses the rest, including look-alike paths", () => {
    for (const path of ["/api/webhooks/whautomate", "/embed-demo", "/booker", "/manage-x", "/nope"]) {
      expect(isEmbeddablePath(path)).toBe(false);
    }
  });
});
