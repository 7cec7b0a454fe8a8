// Ports of the app and sandbox that the end-to-end suite starts (apart from the dev defaults,
// so a running `npm start` does not collide with the tests).
export const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
export const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
export const appUrl = `http://localhost:${appPort}`;
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
export const sandboxApiKey = "e2e-sandbox-key";
