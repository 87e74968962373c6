// Benchmark: sharing, in headless Chromium against the release build. The SVG
// picture and a 2x PNG of a 1,000-element view, publishing the sample as a
// web page (in the files worker, its start included), and encoding the
// sample's share link with its length. Each against a reference in the same
// run: writing the same workspace as a `.conway.json` file (Export → file).
// Exports `measureSharing` for run.mjs, which writes docs/benchmarks.md.
import { ConwayPage } from "../e2e/conway-page.mjs";
import { generatedWorkspace } from "./drag.mjs";

const RUNS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function measures(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

async function fresh(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const conway = new ConwayPage(page);
  await conway.open(url);
  return { context, page, conway };
}

/** { svg, png, file, publish, link, linkLength } each { median, min, max } in ms. */
export async function measureSharing(browser, url) {
  const big = await fresh(browser, url);
  const ws = generatedWorkspace(1000);
  await big.conway.importFile({ name: "generated.conway.json", content: JSON.stringify(ws) });
  for (let i = 0; i < RUNS; i++) {
    await big.conway.exportWorkspace();
    await big.conway.share.exportPicture("system", { format: "SVG" });
    await big.conway.share.exportPicture("system", { format: "PNG", scale: "2x" });
  }
  const file = summary(await measures(big.page, "conway:export-file"));
  const svg = summary(await measures(big.page, "conway:picture-svg"));
  const png = summary(await measures(big.page, "conway:picture-png"));
  await big.context.close();

  const sample = await fresh(browser, url);
  let linkLength = 0;
  for (let i = 0; i < RUNS; i++) {
    await sample.conway.share.publishPage();
    await sample.conway.dismissNotice();
    linkLength = (await sample.conway.share.shareLink()).url.length;
    await sample.conway.share.closeShareDialog();
    await sample.conway.exportWorkspace();
  }
  const publish = summary(await measures(sample.page, "conway:publish"));
  const link = summary(await measures(sample.page, "conway:share-link"));
  const sampleFile = summary(await measures(sample.page, "conway:export-file"));
  await sample.context.close();
  return { file, svg, png, publish, link, sampleFile, linkLength };
}
