import { describe, expect, it } from "vitest";
import { embedSettingsFromUrl, parseEmbedSettings, serializeEmbedSettings } from "./embed-settings";

const allowed = ["https://salon.example"];
const url = (query: string) => new URLSearchParams(query);

describe("embedSettingsFromUrl", () => {
  it("reads every option the snippet sends", () => {
    expect(
      embedSettingsFromUrl(
        url("embed=1&host=https://salon.example&theme=dark&brand=%23FF0066&transparent=1&lang=en-GB"),
        allowed,
      ),
    ).toEqual({
      host: "https://salon.example",
      theme: "dark",
      brand: "#ff0066",
      transparent: true,
      lang: "en-gb",
    });
  });

  it("is not embedded without embed=1", () => {
    expect(embedSettingsFromUrl(url("host=https://salon.example"), allowed)).toBeNull();
  });

  // A page not on the list must never receive messages, even when it names an allowed host.
  it("drops a host that is not allowed or not a bare origin", () => {
    for (const host of [
      "https://evil.example",
      "https://salon.example/",
      "javascript:alert(1)",
      "salon.example",
    ]) {
      expect(embedSettingsFromUrl(url(`embed=1&host=${encodeURIComponent(host)}`), allowed)?.host).toBeNull();
    }
  });

  it("ignores a bad theme, brand or language instead of failing", () => {
    expect(
      embedSettingsFromUrl(url("embed=1&theme=neon&brand=red;x&lang=%3Cscript%3E&transparent=yes"), allowed),
    ).toEqual({ host: null, theme: "auto", brand: null, transparent: false, lang: null });
  });
});

describe("serializeEmbedSettings / parseEmbedSettings", () => {
  it("round-trips", () => {
    const settings = {
      host: "https://salon.example",
      theme: "light",
      brand: "#0a7d5a",
      transparent: true,
      lang: "en",
    } as const;
    expect(parseEmbedSettings(serializeEmbedSettings(settings), allowed)).toEqual(settings);
  });

  it("checks the host again when it reads a stored value back", () => {
    const stored = serializeEmbedSettings({
      host: "https://salon.example",
      theme: "auto",
      brand: null,
      transparent: false,
      lang: null,
    });
    expect(parseEmbedSettings(stored, [])?.host).toBeNull();
    expect(parseEmbedSettings("", allowed)).toBeNull();
    expect(parseEmbedSettings("garbage", allowed)).toBeNull();
  });
});
