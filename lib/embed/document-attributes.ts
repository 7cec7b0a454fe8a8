import { brandVariables } from "@/lib/theme/brand-palette";
import type { EmbedSettings } from "./embed-settings";

export interface EmbeddedDocumentAttributes {
  "data-embed": "";
  "data-theme"?: "light" | "dark";
  "data-embed-transparent"?: "";
  style: Record<`--${string}`, string>;
}

/** The attributes of <html> in embedded mode: theme, the snippet's brand, background. */
export function embeddedDocumentAttributes(
  settings: EmbedSettings,
  businessBrand: string,
): EmbeddedDocumentAttributes {
  return {
    "data-embed": "",
    ...(settings.theme === "auto" ? {} : { "data-theme": settings.theme }),
    ...(settings.transparent ? { "data-embed-transparent": "" } : {}),
    style: brandVariables(settings.brand ?? businessBrand),
  };
}
