// Fixtures of the "instances" project: the cluster (e2e/instances/cluster.ts) starts once per
// worker; each test gets it whole again, with Redis and the sandbox back to empty and the seed.
import { test as base, type Page } from "@playwright/test";
import { Redis } from "ioredis";
import { sandboxControl, type SandboxControl } from "../fixtures";
import { instancesSandboxUrl } from "../ports";
import { startCluster, type Cluster } from "./cluster";
import type { InstanceName } from "../../test/support/app-instances";

export { expect, expectNoAxeViolations } from "../fixtures";
export type { InstanceName } from "../../test/support/app-instances";

const names: InstanceName[] = ["a", "b"];

async function makeWhole(cluster: Cluster): Promise<void> {
  if (!cluster.redisRunning()) await cluster.startRedis();
  if (cluster.outageInMemory) {
    await Promise.all(names.map((name) => cluster.instances[name].kill()));
    cluster.outageInMemory = false;
  }
  await Promise.all(
    names.filter((name) => !cluster.instances[name].running()).map((name) => cluster.instances[name].start()),
  );
  const redis = new Redis(cluster.redisUrl);
  await redis.flushall();
  await redis.quit();
}

export const test = base.extend<{ sandbox: SandboxControl }, { cluster: Cluster }>({
  cluster: [
    async ({}, use) => {
      const { cluster, stopCluster } = await startCluster();
      try {
        await use(cluster);
      } finally {
        await stopCluster();
      }
    },
    { scope: "worker", timeout: 120_000 },
  ],
  sandbox: async ({ cluster }, use) => {
    await makeWhole(cluster);
    const control = sandboxControl(instancesSandboxUrl);
    await control.reset();
    await use(control);
  },
});

/** Which instances served this page's requests, by the proxy's `x-served-by`. */
export function servedBy(page: Page): Set<string> {
  const instances = new Set<string>();
  page.on("response", (response) => {
    const instance = response.headers()["x-served-by"];
    if (instance) instances.add(instance);
  });
  return instances;
}

/** A visitor at their own address, whose requests the proxy sends to `instance` (or round-robin). */
export async function visitFrom(page: Page, address: string, instance?: InstanceName): Promise<void> {
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": address,
    ...(instance ? { "x-instance": instance } : {}),
  });
}

export function randomAddress(): string {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}
