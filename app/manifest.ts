import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { brandColors } from "@/lib/theme/brand-palette";
import { homeScreenIconSizes } from "@/lib/theme/brand-icon";

// The business's name and colour are the running server's, not the build's.
export const dynamic = "force-dynamic";

/** What a phone uses when a client adds the booking page to their home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: env.BUSINESS_NAME,
    short_name: env.BUSINESS_NAME,
    start_url: "/book",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: brandColors(env.BRAND_COLOR, "light").brand,
    icons: [
      { src: "/brand-icon.svg", sizes: "any", type: "image/svg+xml" },
      ...homeScreenIconSizes
        .filter((size) => size !== 180)
        .map((size) => ({
          src: `/brand-icon.png?size=${size}`,
          sizes: `${size}x${size}`,
          type: "image/png",
        })),
    ],
  };
}
