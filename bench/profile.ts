// `npm run bench:profile`: the benchmark's app under node --cpu-prof, loaded one kind of request at a
// time (the booking page, the timetable, a month of free times, each warm, from 2 clients) and then
// with the load phase's visitors. Writes the profile to bench-results/profile/app.cpuprofile (open it
// in Chrome's DevTools) and prints, for each stretch, the CPU a request cost and where it went.
// Loopback only; stops everything it started.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { launchBrowser } from "./browser";
import { runClosedLoop } from "./closed-loop";
import { appUrl, bench, bookingPath } from "./config";
import { formatWindow, readProfile, summariseWindow } from "./cpu-profile";
import { playVisitors } from "./measure-load";
import { upstream } from "./sandbox-control";
import { buildApp, startServers, type Servers } from "./servers";
import { recordBrowsing } from "./visitor-requests";

const profileDir = path.join(bench.resultsDir, "profile");
const profileFile = path.join(profileDir, "app.cpuprofile");
const CLIENTS = 2;
const SECONDS = 12;

const log = (message: string) =>
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** User and system CPU of a process so far, all its threads, from /proc. */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime, fields 14 and 15 of stat, counted from the state field (3rd) here.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

interface Stretch {
  title: string;
  fromUs: number;
  toUs: number;
  requests: number;
  cpuMs: number;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function measureStretch(servers: Servers, title: string, run: () => Promise<number>): Promise<Stretch> {
  log(`Profiling ${title}…`);
  const pid = servers.appPid()!;
  const cpuBefore = processCpuMs(pid);
  const fromUs = nowUs();
  const requests = await run();
  const toUs = nowUs();
  return { title, fromUs, toUs, requests, cpuMs: processCpuMs(pid) - cpuBefore };
}

const closedLoop = async (url: string) => (await runClosedLoop(url, CLIENTS, SECONDS)).requests;

let servers: Servers | null = null;
let browser: Browser | null = null;

async function main(): Promise<void> {
  log(`Building the app into ${bench.distDir}… ${await buildApp()}.`);
  servers = await startServers();
  await upstream.reset();
  rmSync(profileDir, { recursive: true, force: true });
  await servers.restartApp({}, [
    "--cpu-prof",
    `--cpu-prof-dir=${profileDir}`,
    `--cpu-prof-name=${path.basename(profileFile)}`,
  ]);
  browser = await launchBrowser();
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  const month = new Date().toISOString().slice(0, 7);
  const monthRead =
    `${appUrl}/api/availability/month?locationId=loc_london&serviceId=svc_signature_cut` +
    `&staffId=stf_amelia&month=${month}`;
  // Every route rendered once and every read cached before anything is timed.
  const visits = await recordBrowsing(browser, appUrl);
  for (const url of [`${appUrl}${bookingPath}`, `${appUrl}/classes`, `${appUrl}/`, monthRead])
    await runClosedLoop(url, 2, 2);

  const stretches = [
    await measureStretch(servers, "Booking page HTML, warm", () => closedLoop(`${appUrl}${bookingPath}`)),
    await measureStretch(servers, "Timetable page HTML (/classes), warm", () =>
      closedLoop(`${appUrl}/classes`),
    ),
    await measureStretch(servers, "Home page HTML (/), warm: the frame every page shares", () =>
      closedLoop(`${appUrl}/`),
    ),
    await measureStretch(servers, "A month of free times (/api/availability/month), warm", () =>
      closedLoop(monthRead),
    ),
    await measureStretch(servers, `Load phase, ${bench.loadVisitors} visitors`, async () => {
      const tally = await playVisitors(visits);
      return tally.pageMs.length + tally.readMs.length + tally.rscMs.length;
    }),
  ];
  // The profile is written as the app exits.
  await servers.stopAll();
  const profile = readProfile(profileFile);
  const machine =
    `${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, ${new Date().toISOString()}; ` +
    `1-minute load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(1)} after`;
  const summary = [
    machine,
    ...stretches.map(({ title, fromUs, toUs, requests, cpuMs }) =>
      formatWindow(title, summariseWindow(profile, fromUs, toUs), requests, cpuMs),
    ),
  ].join("\n\n");
  process.stdout.write(`\n${summary}\n\n`);
  // With the profile, enough to summarise it again another way.
  writeFileSync(path.join(profileDir, "stretches.json"), `${JSON.stringify(stretches, null, 2)}\n`);
  writeFileSync(path.join(profileDir, "summary.txt"), `${summary}\n`);
  log(`Written to ${profileFile} and summary.txt beside it.`);
}

async function shutdown(): Promise<void> {
  await browser?.close().catch(() => undefined);
  await servers?.stopAll();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void shutdown().finally(() => process.exit(130)));
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`Profiling failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => void shutdown());
