// Ports of the app and sandbox that the end-to-end suite starts (apart from the dev defaults,
// so a running `npm start` does not collide with the tests).
export const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
export const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
export const appUrl = `http://localhost:${appPort}`;
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
// Distinctive so the security spec can prove it never reaches a browser: every e2e run is a canary run.
export const sandboxApiKey = "e2e-canary-6b0f3f0e-key-must-never-reach-a-browser";
// Pages on another site (127.0.0.1 is not localhost's site) that frame the app in the embed specs:
// the first is on EMBED_ALLOWED_ORIGINS, the second is not.
export const embedHostPort = Number(process.env.E2E_EMBED_HOST_PORT ?? appPort + 2000);
export const embedHostUrl = `http://127.0.0.1:${embedHostPort}`;
export const strangerHostUrl = `http://127.0.0.1:${embedHostPort + 1}`;
// The "instances" project's own servers (e2e/instances/cluster.ts): two app instances, the
// round-robin proxy in front of them that the browser talks to, and their sandbox.
export const instancePorts = { a: appPort + 10, b: appPort + 11 } as const;
export const proxyUrl = `http://localhost:${appPort + 12}`;
export const instancesSandboxUrl = `http://127.0.0.1:${sandboxPort + 10}`;
