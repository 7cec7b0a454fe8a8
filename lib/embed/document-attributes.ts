import { brandColors } from "./brand-palette";
import type { EmbedSettings } from "./embed-settings";

export interface EmbeddedDocumentAttributes {
  "data-embed": "";
  "data-theme"?: "light" | "dark";
  "data-embed-transparent"?: "";
  style: Record<`--${string}`, string>;
}

/** The attributes of <html> in embedded mode: theme, brand per theme (see embed-theme.css), background. */
export function embeddedDocumentAttributes(
  settings: EmbedSettings,
  businessBrand: string,
): EmbeddedDocumentAttributes {
  const light = brandColors(settings.brand ?? businessBrand, "light");
  const dark = brandColors(settings.brand ?? businessBrand, "dark");
  return {
    "data-embed": "",
    ...(settings.theme === "auto" ? {} : { "data-theme": settings.theme }),
    ...(settings.transparent ? { "data-embed-transparent": "" } : {}),
    style: {
      "--embed-brand-light": light.brand,
      "--embed-brand-contrast-light": light.contrast,
      "--embed-brand-dark": dark.brand,
      "--embed-brand-contrast-dark": dark.contrast,
    },
  };
}
