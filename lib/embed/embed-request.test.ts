import { describe, expect, it } from "vitest";
import { decideEmbed } from "./embed-request";

const allowedHosts = ["https://salon.example"];
const frameUrl = new URLSearchParams("embed=1&host=https://salon.example&theme=dark");

describe("decideEmbed", () => {
  it("remembers the frame URL's settings so that navigation inside the frame stays embedded", () => {
    const first = decideEmbed({
      searchParams: frameUrl,
      fetchDest: "iframe",
      cookie: undefined,
      allowedHosts,
    });
    expect(first.settings).toMatchObject({ host: "https://salon.example", theme: "dark" });
    if (typeof first.cookie !== "object") throw new Error("expected a cookie to be set");

    for (const fetchDest of ["iframe", "empty"]) {
      const next = decideEmbed({
        searchParams: new URLSearchParams(),
        fetchDest,
        cookie: first.cookie.set,
        allowedHosts,
      });
      expect(next).toEqual({ settings: first.settings, cookie: "keep" });
    }
  });

  // Opening the frame URL in a tab of its own, or visiting the app after its own demo page framed it,
  // must show the normal site with its header.
  it("never embeds a top-level page and forgets remembered settings there", () => {
    expect(
      decideEmbed({ searchParams: frameUrl, fetchDest: "document", cookie: undefined, allowedHosts }),
    ).toEqual({
      settings: null,
      cookie: "keep",
    });
    expect(
      decideEmbed({ searchParams: frameUrl, fetchDest: "document", cookie: "theme=dark", allowedHosts }),
    ).toEqual({
      settings: null,
      cookie: "clear",
    });
  });

  it("is not embedded without the parameters or the cookie", () => {
    expect(
      decideEmbed({
        searchParams: new URLSearchParams(),
        fetchDest: "iframe",
        cookie: undefined,
        allowedHosts,
      }),
    ).toEqual({ settings: null, cookie: "keep" });
  });
});
