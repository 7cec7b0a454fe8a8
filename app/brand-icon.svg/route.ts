// The favicon and home-screen icon, in the business's BRAND_COLOR (lib/theme/brand-icon.ts).
import { env } from "@/lib/env";
import { brandIconSvg } from "@/lib/theme/brand-icon";

export function GET(): Response {
  return new Response(brandIconSvg(env.BRAND_COLOR), {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
