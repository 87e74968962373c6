// Shared set-up for the browser tests: one server and one browser per test
// file, a fresh browser context (fresh storage) per test, and the sample file.
import { before, after, afterEach } from "node:test";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, dist } from "./harness.mjs";
import { ConwayPage } from "./conway-page.mjs";

export const root = path.resolve(dist, "..");
export const SAMPLE_FILE = path.join(root, "public/examples/northwind-retail.conway.json");

/** The sample workspace file exactly as shipped. */
export function sampleBytes() {
  return fs.readFileSync(SAMPLE_FILE);
}

/** The sample workspace file, parsed (a fresh copy each call). */
export function sampleJson() {
  return JSON.parse(sampleBytes().toString("utf8"));
}

/**
 * Registers the file's before/after hooks. Returns helpers:
 * `url` (the server's base URL), `browser`, and
 * `open(options)`: a new context and page with the app loaded → { app, page, context }.
 */
export function useApp() {
  const env = { server: null, browser: null, contexts: [] };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  afterEach(async () => {
    await Promise.all(env.contexts.splice(0).map((c) => c.close()));
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  const helpers = {
    get url() {
      return env.server.url;
    },
    get browser() {
      return env.browser;
    },
    /** A fresh context (own storage, light system theme, desktop size). */
    async newContext(options = {}) {
      const context = await env.browser.newContext({
        viewport: { width: 1600, height: 1000 },
        colorScheme: "light",
        acceptDownloads: true,
        ...options,
      });
      env.contexts.push(context);
      return context;
    },
    /** A fresh context and page; `load: false` returns before navigating;
     * `fit: false` leaves the views as Conway opened them (see ConwayPage). */
    async open({ load = true, fit = true, ...options } = {}) {
      const context = await helpers.newContext(options);
      const page = await context.newPage();
      const app = new ConwayPage(page, { fit });
      if (load) await app.open(env.server.url);
      return { app, page, context };
    },
  };
  return helpers;
}
