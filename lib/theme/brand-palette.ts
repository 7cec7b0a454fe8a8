import { contrastRatio, readableTextOn } from "@/lib/theme/contrast";

// The page and card backgrounds of each theme, as app/globals.css defines them.
const backgrounds = { light: ["#ffffff", "#f6f7f9"], dark: ["#161b22", "#0d1117"] } as const;
const textContrast = 4.5;

export type ColorScheme = keyof typeof backgrounds;

export interface BrandColors {
  /** The brand, darkened (light theme) or lightened (dark theme) just enough to read as text. */
  brand: string;
  /** Black or white, whichever reads better on `brand`. */
  contrast: string;
}

function mix(hex: string, toward: string, amount: number): string {
  const channels = (value: string) =>
    [1, 3, 5].map((start) => Number.parseInt(value.slice(start, start + 2), 16));
  const from = channels(hex);
  const to = channels(toward);
  return `#${from
    .map((channel, index) => Math.round(channel + ((to[index] ?? channel) - channel) * amount))
    .map((channel) => channel.toString(16).padStart(2, "0"))
    .join("")}`;
}

/**
 * The brand colour is both a fill (buttons, chosen days) and a text colour (links, times) in the app,
 * so whatever a business picks is nudged until it reads at 4.5:1 on that theme's backgrounds.
 */
export function brandColors(brand: string, scheme: ColorScheme): BrandColors {
  const toward = scheme === "light" ? "#000000" : "#ffffff";
  let color = brand.toLowerCase();
  for (let step = 1; backgrounds[scheme].some((bg) => contrastRatio(color, bg) < textContrast); step++) {
    color = mix(brand.toLowerCase(), toward, step / 20);
  }
  return { brand: color, contrast: readableTextOn(color) };
}

/**
 * The brand for both themes, as the variables app/globals.css picks from by color scheme (the
 * visitor's, or the one an embedding snippet sets).
 */
export function brandVariables(brand: string): Record<`--${string}`, string> {
  const light = brandColors(brand, "light");
  const dark = brandColors(brand, "dark");
  return {
    "--brand-light": light.brand,
    "--brand-contrast-light": light.contrast,
    "--brand-dark": dark.brand,
    "--brand-contrast-dark": dark.contrast,
  };
}
