// When an element is first painted, timed by the page itself from the start of its navigation.
// Timing from outside (Playwright's clock around goto + waitFor) adds the protocol's round trips and
// the locator's polling steps (0, 20, 50, 100 ms…), which no visitor waits for.
import type { BrowserContext, Page } from "@playwright/test";

/**
 * Watches every page of the context for the first element matching `selector` that has a box, and
 * notes the first animation frame after it arrived: the frame that paints it, as rendering (and so
 * any animation frame) waits for render-blocking styles.
 */
export async function watchForFirstPaintOf(context: BrowserContext, selector: string): Promise<void> {
  const script = `(() => {
    const selector = ${JSON.stringify(selector)};
    const check = () => {
      if (window.__benchFoundAt !== undefined) return;
      const element = document.querySelector(selector);
      if (!element || element.getBoundingClientRect().height === 0) return;
      window.__benchFoundAt = performance.now();
      requestAnimationFrame(() => (window.__benchFrameAt = performance.now()));
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  })()`;
  await context.addInitScript({ content: script });
}

/**
 * Milliseconds from the start of the page's navigation until the watched element was painted: the
 * first contentful paint when it was there for it, else the frame after it arrived.
 */
export async function firstPaintOfWatched(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      (window as { __benchFrameAt?: number }).__benchFrameAt !== undefined &&
      performance.getEntriesByName("first-contentful-paint").length > 0,
    undefined,
    { timeout: 20_000 },
  );
  return page.evaluate(() => {
    const frameAt = (window as { __benchFrameAt?: number }).__benchFrameAt!;
    const firstPaint = performance.getEntriesByName("first-contentful-paint")[0]!.startTime;
    return Math.max(frameAt, firstPaint);
  });
}
