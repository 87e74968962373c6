// The parts of the page object for sharing: picture export (the view's ⋯
// menu and the header's Export menu, the export dialog) and share links (the
// dialog, and the banner over a workspace opened from one).
import fs from "node:fs/promises";

export class Share {
  /** @param {import("./conway-page.mjs").ConwayPage} conway */
  constructor(conway) {
    this.conway = conway;
    this.page = conway.page;
  }

  get pictureDialog() {
    return this.page.getByRole("dialog", { name: /^Export “/ });
  }

  /** Opens the picture dialog from a pane's ⋯ menu ("system" or "org"). */
  async openPictureDialog(kind) {
    const pane = this.conway.pane(kind).root;
    await pane.getByRole("button", { name: "View actions" }).click();
    await this.page.getByRole("menuitem", { name: "Export picture…" }).click();
    await this.pictureDialog.waitFor();
  }

  /**
   * Exports a picture of a pane's view: { format: "SVG" | "PNG", scale: "1x" | "2x" | "3x",
   * theme: "Light" | "Dark", background: boolean }. Returns the download's name and bytes.
   */
  async exportPicture(kind, { format = "PNG", scale, theme, background } = {}) {
    await this.openPictureDialog(kind);
    const dialog = this.pictureDialog;
    await dialog.getByRole("group", { name: "Format" }).getByRole("button", { name: format }).click();
    if (scale) await dialog.getByRole("group", { name: "Scale" }).getByRole("button", { name: scale }).click();
    if (theme) await dialog.getByRole("group", { name: "Theme" }).getByRole("button", { name: theme }).click();
    if (background !== undefined) await dialog.getByRole("checkbox", { name: "Background" }).setChecked(background);
    const [download] = await Promise.all([this.page.waitForEvent("download"), dialog.getByTestId("download-picture").click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`picture download failed: ${failure}`);
    return { fileName: download.suggestedFilename(), bytes: await fs.readFile(await download.path()) };
  }

  /** Export → Publish as a web page: the download's name and bytes. */
  async publishPage() {
    await this.conway.exportButton.click();
    const item = this.page.getByRole("menuitem", { name: "Publish as a web page (.html)" });
    const [download] = await Promise.all([this.page.waitForEvent("download"), item.click()]);
    return { fileName: download.suggestedFilename(), bytes: await fs.readFile(await download.path()) };
  }

  /**
   * Opens a published page in a new page of `context`, served at a made-up
   * address, recording every request and console error. Returns { page, requests, errors }.
   */
  async openPublished(context, bytes) {
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.route("http://published.test/**", (route) => route.fulfill({ body: bytes, contentType: "text/html" }));
    await page.goto("http://published.test/page.html");
    return { page, requests, errors };
  }

  /** Export → Every view as SVG (.zip): the download's name and bytes. */
  async exportAllViews() {
    await this.conway.exportButton.click();
    const item = this.page.getByRole("menuitem", { name: "Every view as SVG (.zip)" });
    const [download] = await Promise.all([this.page.waitForEvent("download"), item.click()]);
    return { fileName: download.suggestedFilename(), bytes: await fs.readFile(await download.path()) };
  }

  /** Changes the open picture dialog's choices and waits for the preview to follow. */
  async choosePicture({ format, scale, theme, background } = {}) {
    const dialog = this.pictureDialog;
    const before = await dialog.getByTestId("picture-preview").getAttribute("src");
    if (format) await dialog.getByRole("group", { name: "Format" }).getByRole("button", { name: format }).click();
    if (scale) await dialog.getByRole("group", { name: "Scale" }).getByRole("button", { name: scale }).click();
    if (theme) await dialog.getByRole("group", { name: "Theme" }).getByRole("button", { name: theme }).click();
    if (background !== undefined) await dialog.getByRole("checkbox", { name: "Background" }).setChecked(background);
    await this.page.waitForFunction(
      (first) => document.querySelector('[data-testid="picture-preview"]')?.getAttribute("src") !== first,
      before,
      { timeout: 10_000 },
    );
  }

  /** The picture dialog's preview: its image's source as text (an SVG). */
  async previewSvg() {
    const src = await this.pictureDialog.getByTestId("picture-preview").getAttribute("src");
    return this.page.evaluate(async (url) => (await fetch(url)).text(), src);
  }

  /** What the system clipboard holds: { types, png (bytes, if any), text (if any) }. */
  async clipboard() {
    const found = await this.page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const out = { types: [], png: null, text: null };
      for (const item of items) {
        out.types.push(...item.types);
        if (item.types.includes("image/png")) out.png = [...new Uint8Array(await (await item.getType("image/png")).arrayBuffer())];
        if (item.types.includes("text/plain")) out.text = await (await item.getType("text/plain")).text();
      }
      return out;
    });
    return { ...found, png: found.png && Buffer.from(found.png) };
  }

  get shareDialog() {
    return this.page.getByRole("dialog", { name: "Share by link" });
  }

  /** Export → Share link…: { url, length, warning } as the dialog shows them. */
  async shareLink() {
    await this.conway.exportButton.click();
    await this.page.getByRole("menuitem", { name: "Share link…" }).click();
    const dialog = this.shareDialog;
    await dialog.waitFor();
    const url = await dialog.getByTestId("share-url").inputValue();
    const length = await dialog.getByTestId("share-length").innerText();
    const warning = (await dialog.getByRole("alert").count()) ? await dialog.getByRole("alert").innerText() : null;
    return { url, length, warning };
  }

  async closeShareDialog() {
    await this.shareDialog.getByRole("button", { name: "Close" }).click();
    await this.shareDialog.waitFor({ state: "detached" });
  }

  /**
   * Prints (Ctrl+P, as Export → Print… does), with the page in print media and `window.print` replaced
   * by a probe: what the page holds and shows at the moment it would print.
   */
  async print() {
    await this.page.emulateMedia({ media: "print" });
    await this.page.evaluate(() => {
      window.__printed = null;
      window.print = () => {
        const doc = document.querySelector('[data-testid="print-document"]');
        const img = doc?.querySelector(".print-view img");
        window.__printed = {
          text: doc?.innerText ?? "",
          decisions: doc ? doc.querySelectorAll(".print-decision").length : 0,
          pictureReady: Boolean(img && img.complete && img.naturalWidth > 0),
          appShown: getComputedStyle(document.querySelector("header.app-header")).display !== "none",
          documentShown: doc ? getComputedStyle(doc).display !== "none" : false,
        };
      };
    });
    // Ctrl/Cmd+P, the shortcut: in print media the Export menu is not shown.
    await this.conway.press("Control+p");
    await this.page.waitForFunction(() => window.__printed !== null);
    const printed = await this.page.evaluate(() => window.__printed);
    await this.page.emulateMedia({ media: "screen" });
    return printed;
  }

  get banner() {
    return this.page.getByTestId("shared-banner");
  }

  async bannerText() {
    return (await this.banner.count()) ? this.banner.innerText() : null;
  }

  /** Waits until the banner shows and its text matches `pattern`. */
  async waitForBanner(pattern) {
    await this.banner.filter({ hasText: pattern }).waitFor();
    return this.banner.innerText();
  }

  async closeShared() {
    await this.banner.getByRole("button", { name: "Close" }).click();
    await this.banner.waitFor({ state: "detached" });
  }

  async saveShared() {
    await this.banner.getByRole("button", { name: "Save to my workspaces" }).click();
    await this.banner.waitFor({ state: "detached" });
  }
}
