// Lighthouse's default (mobile) settings: a mid-range phone, simulated slow 4G and 4× CPU slowdown,
// run against the system Chromium that Playwright starts with a debugging port for Lighthouse.
import { createServer } from "node:net";
import type { Browser } from "@playwright/test";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";
import { chromiumFlags, systemChromium } from "./browser";
import { appUrl, bench } from "./config";
import { withFloorPage } from "./lighthouse-floor";
import { atLeast, exactly, fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";

const PAGES = ["/book", "/classes"];
// Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is simply made again.
const ATTEMPTS_PER_RUN = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function scoresOnce(
  port: number,
  url: string,
): Promise<{ performance: number; accessibility: number }> {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` },
  });
  const categories = result?.lhr.categories;
  const performance = categories?.performance?.score;
  const accessibility = categories?.accessibility?.score;
  const runtimeError = result?.lhr.runtimeError?.message;
  if (runtimeError || typeof performance !== "number" || typeof accessibility !== "number") {
    throw new Error(runtimeError ?? "no scores in the report");
  }
  return { performance: Math.round(performance * 100), accessibility: Math.round(accessibility * 100) };
}

async function scores(port: number, url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await scoresOnce(port, url);
    } catch (error) {
      if (attempt === ATTEMPTS_PER_RUN) throw error;
    }
  }
}

const FLOOR = "Lighthouse performance, a Next.js page of text alone (the floor)";

async function measureFloor(port: number): Promise<Measurement> {
  try {
    const performance = await withFloorPage(await freePort(), async (url) => {
      const samples: number[] = [];
      for (let run = 0; run < bench.runs; run++) samples.push((await scores(port, url)).performance);
      return samples;
    });
    return fromSamples(FLOOR, "score", performance, null, "mobile; this machine's ceiling for any page");
  } catch (error) {
    return notAvailable(FLOOR, "score", null, reasonOf(error));
  }
}

export async function measureLighthouse(): Promise<Measurement[]> {
  let browser: Browser | null = null;
  const measurements: Measurement[] = [];
  try {
    const port = await freePort();
    browser = await chromium.launch({
      executablePath: systemChromium,
      args: [...chromiumFlags, `--remote-debugging-port=${port}`],
    });
    for (const path of PAGES) {
      const performance: number[] = [];
      const accessibility: number[] = [];
      try {
        for (let run = 0; run < bench.runs; run++) {
          const score = await scores(port, `${appUrl}${path}`);
          performance.push(score.performance);
          accessibility.push(score.accessibility);
        }
        measurements.push(
          fromSamples(`Lighthouse performance, ${path}`, "score", performance, atLeast(95), "mobile"),
          fromSamples(`Lighthouse accessibility, ${path}`, "score", accessibility, exactly(100), "mobile"),
        );
      } catch (error) {
        measurements.push(notAvailable(`Lighthouse, ${path}`, "score", atLeast(95), reasonOf(error)));
      }
    }
    measurements.push(await measureFloor(port));
  } catch (error) {
    return [notAvailable("Lighthouse", "score", atLeast(95), reasonOf(error))];
  } finally {
    await browser?.close();
  }
  return measurements;
}
