// What this browser and machine take to paint a one-button page served at once: the floor under the
// time-to-slots figures.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "@playwright/test";
import { newVisitor, openSettledTab } from "./browser";
import { bench } from "./config";
import { fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import { firstPaintOfWatched, watchForFirstPaintOf } from "./paint-probe";

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head>
<body><main><button type="button" aria-label="Choose 09:00">09:00</button></main></body></html>`;

export async function measureStaticPageFloor(browser: Browser): Promise<Measurement> {
  const name = "Floor: a static one-button page";
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const samples: number[] = [];
  try {
    for (let run = 0; run < bench.runs; run++) {
      const context = await newVisitor(browser);
      try {
        await watchForFirstPaintOf(context, "button");
        const page = await openSettledTab(context);
        await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "commit" });
        samples.push(await firstPaintOfWatched(page));
      } finally {
        await context.close();
      }
    }
  } catch (error) {
    return notAvailable(name, "ms", null, reasonOf(error));
  } finally {
    server.close();
  }
  return fromSamples(name, "ms", samples, null, "same browser, visitor and timing");
}
