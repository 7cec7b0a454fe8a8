// What the embed snippet asks of the app (from the frame URL, then remembered in a cookie so that it
// survives navigation inside the frame). Pure: the proxy and tests use it. Every value is checked and
// a bad one is dropped, never trusted.

export const embedThemes = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof embedThemes)[number];

export interface EmbedSettings {
  /** The embedding page's origin, only when it is allowed to frame the app: where messages go. */
  host: string | null;
  theme: EmbedTheme;
  /** #rrggbb, lower case; null = the business's own BRAND_COLOR. */
  brand: string | null;
  transparent: boolean;
  lang: string | null;
}

const brandPattern = /^#[0-9a-f]{6}$/;
const langPattern = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.origin === value && (url.protocol === "https:" || url.protocol === "http:")
      ? url.origin
      : null;
  } catch {
    return null;
  }
}

function settingsFrom(read: (name: string) => string | null, allowedHosts: readonly string[]): EmbedSettings {
  const host = originOf(read("host"));
  const theme = read("theme");
  const brand = read("brand")?.toLowerCase() ?? null;
  const lang = read("lang")?.toLowerCase() ?? null;
  return {
    host: host && allowedHosts.includes(host) ? host : null,
    theme: embedThemes.find((known) => known === theme) ?? "auto",
    brand: brand && brandPattern.test(brand) ? brand : null,
    transparent: read("transparent") === "1",
    lang: lang && lang.length <= 35 && langPattern.test(lang) ? lang : null,
  };
}

/** The settings a frame URL carries (`embed=1&host=…&theme=…&brand=…&transparent=1&lang=…`), or null. */
export function embedSettingsFromUrl(
  params: URLSearchParams,
  allowedHosts: readonly string[],
): EmbedSettings | null {
  if (params.get("embed") !== "1") return null;
  return settingsFrom((name) => params.get(name), allowedHosts);
}

export function serializeEmbedSettings(settings: EmbedSettings): string {
  const params = new URLSearchParams({ theme: settings.theme });
  if (settings.host) params.set("host", settings.host);
  if (settings.brand) params.set("brand", settings.brand);
  if (settings.transparent) params.set("transparent", "1");
  if (settings.lang) params.set("lang", settings.lang);
  return params.toString();
}

/** Reads a stored value back, checking it again: the cookie and the header could have been edited. */
export function parseEmbedSettings(
  value: string | null | undefined,
  allowedHosts: readonly string[],
): EmbedSettings | null {
  if (!value || value.length > 512) return null;
  const params = new URLSearchParams(value);
  if (!params.has("theme")) return null;
  return settingsFrom((name) => params.get(name), allowedHosts);
}
