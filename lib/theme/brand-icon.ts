import { brandColors } from "./brand-palette";

/** The PNG sizes home screens ask for: iOS's touch icon, and the manifest's two. */
export const homeScreenIconSizes = [180, 192, 512] as const;
export type HomeScreenIconSize = (typeof homeScreenIconSizes)[number];

/**
 * The site's icon (browser tab, bookmarks, home screen) drawn in the business's brand colour: a
 * calendar page on a rounded square, its lines in whichever of black or white reads on the brand.
 * Home screens round the corners themselves (and fill transparent ones black), so their square is
 * drawn `fullBleed`.
 */
export function brandIconSvg(brand: string, { fullBleed = false } = {}): string {
  const { brand: fill, contrast } = brandColors(brand, "light");
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="${fullBleed ? 0 : 14}" fill="${fill}"/>`,
    `<g fill="none" stroke="${contrast}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">`,
    '<rect x="14" y="17" width="36" height="33" rx="5"/>',
    '<path d="M14 27h36M24 12v9M40 12v9"/>',
    "</g>",
    `<circle cx="25" cy="38" r="3" fill="${contrast}"/>`,
    "</svg>",
  ].join("");
}
