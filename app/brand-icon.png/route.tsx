// The home-screen icons (iOS, Android, the web app manifest) as PNG, which those need: the same
// drawing as /brand-icon.svg, full-bleed, in the business's BRAND_COLOR.
import { ImageResponse } from "next/og";
import { env } from "@/lib/env";
import { brandIconSvg, homeScreenIconSizes, type HomeScreenIconSize } from "@/lib/theme/brand-icon";

// Drawn once per size and process: the colour is fixed for the process's life.
const drawn = new Map<HomeScreenIconSize, Promise<ArrayBuffer>>();

function draw(size: HomeScreenIconSize): Promise<ArrayBuffer> {
  let png = drawn.get(size);
  if (!png) {
    const source = `data:image/svg+xml,${encodeURIComponent(brandIconSvg(env.BRAND_COLOR, { fullBleed: true }))}`;
    // eslint-disable-next-line @next/next/no-img-element -- ImageResponse draws plain elements
    png = new ImageResponse(<img src={source} width={size} height={size} alt="" />, {
      width: size,
      height: size,
    }).arrayBuffer();
    drawn.set(size, png);
  }
  return png;
}

export async function GET(request: Request): Promise<Response> {
  const asked = Number(new URL(request.url).searchParams.get("size") ?? 512);
  const size = homeScreenIconSizes.find((each) => each === asked);
  if (!size) return new Response(null, { status: 404 });
  return new Response(await draw(size), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
