// `npm run bench`: builds and starts the production app and a sandbox with 150 ms of upstream
// latency on loopback ports, measures what visitors wait for and what the upstream is asked, prints
// a table and writes bench-results/bench.json. Not a test: nothing here fails the build.
import type { Browser } from "@playwright/test";
import { measureBase, type BaseResults } from "./base";
import { launchBrowser } from "./browser";
import { appUrl, bench } from "./config";
import { measureClasses } from "./measure-classes";
import { measureJourneys } from "./measure-journeys";
import { measureJsBytes } from "./measure-js-bytes";
import { measureLighthouse } from "./measure-lighthouse";
import { measureLoad } from "./measure-load";
import { measureNextMonth } from "./measure-next-month";
import { measureThroughput, measureTwoInstances } from "./measure-throughput";
import { measureTimeToSlots } from "./measure-time-to-slots";
import type { Measurement } from "./measurement";
import { describeMachine, table, writeResults } from "./report";
import { upstream } from "./sandbox-control";
import { buildApp, startServers, type Servers } from "./servers";

const log = (message: string) =>
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

let servers: Servers | null = null;
let browser: Browser | null = null;

async function shutdown(): Promise<void> {
  await browser?.close().catch(() => undefined);
  await servers?.stopAll();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void shutdown().finally(() => process.exit(130)));
}
process.on("unhandledRejection", (error) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  void shutdown().finally(() => process.exit(1));
});

async function main(): Promise<void> {
  let base: BaseResults | null = null;
  if (bench.base) {
    log(`Measuring ${bench.base} first, for the "before" column…`);
    base = await measureBase(bench.base);
    log(`Measured ${base.commit}. Now this checkout…`);
  }
  log(`Building the app into ${bench.distDir}…`);
  log(`Build ${await buildApp()}. Starting the sandbox and ${appUrl}…`);
  servers = await startServers();
  await upstream.reset();
  browser = await launchBrowser();

  const measurements: Measurement[] = [];
  const phases: Array<[string, () => Promise<Measurement | Measurement[]>]> = [
    ["time to slots, cold and warm", () => measureTimeToSlots(browser!, servers!)],
    ["next month", () => measureNextMonth(browser!)],
    ["classes", () => measureClasses(browser!)],
    ["JavaScript per page", () => measureJsBytes(browser!)],
    ["upstream requests per journey", () => measureJourneys(browser!, servers!)],
    [`load: ${bench.loadVisitors} visitors for ${bench.loadSeconds} s`, () => measureLoad(browser!)],
    ["throughput of the booking page, one instance", () => measureThroughput(appUrl, "one instance")],
    [
      "two instances on Redis behind a proxy: throughput and load",
      () => measureTwoInstances(browser!, servers!),
    ],
    ["Lighthouse", () => measureLighthouse()],
  ];
  const chosen = phases.filter(
    ([label]) => !bench.only.length || bench.only.some((word) => label.toLowerCase().includes(word)),
  );
  for (const [label, measure] of chosen) {
    log(`Measuring ${label}…`);
    measurements.push(...[await measure()].flat());
  }

  const machine = describeMachine(browser.version());
  const markdown = table(measurements, machine, base);
  process.stdout.write(`\n${markdown}\n\n`);
  log(`Written to ${writeResults(measurements, machine, markdown, base)}`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => void shutdown());
