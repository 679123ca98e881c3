// Drives a real VS Code (code-server, the browser build of VS Code) in headless Chromium as a person would: only the
// keyboard, the mouse and what is on the screen. It installs an extension from its .vsix, opens a folder and files,
// reads the Problems panel, applies quick fixes from the Ctrl+. menu, types, undoes, saves and takes screenshots.
// Built on the approach of the shared vscode-e2e tool's run.mjs (which installs code-server and Chromium); that tool
// only reads, this driver also edits. Used by check.mjs; see README.md.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const home = process.env.VSCODE_E2E_HOME || path.join(os.homedir(), '.cache', 'vscode-e2e');
const codeServer = path.join(home, 'node_modules', '.bin', 'code-server');
const { default: puppeteer } = await import(path.join(home, 'node_modules', 'puppeteer-core', 'lib', 'esm', 'puppeteer', 'puppeteer-core.js'));

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// A quiet workbench (no welcome page, chat, update or marketplace checks), and an editor where typing inserts
// exactly the keys typed: no closing tags, quotes or brackets added, no indentation, no suggestion taken by Enter.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.tree.enableStickyScroll': false,
  'workbench.editor.useModal': 'off', // settings.json in a tab like any file, not over the workbench
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'editor.linkedEditing': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'html.autoClosingTags': false,
  'html.autoCreateQuotes': false,
};

export class VsCode {
  /**
   * Installs the extension into a fresh profile, starts code-server on the folder and opens it in Chromium, with the
   * Problems panel showing. `out` receives screenshots and, on close(), code-server's and the extension's logs.
   */
  static async launch({ vsix, folder, out, settings = {}, width = 1400, height = 1000 }) {
    fs.mkdirSync(out, { recursive: true });
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'linkhygiene-e2e-'));
    const profile = ['--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'ext')];
    execFileSync(codeServer, [...profile, '--install-extension', path.resolve(vsix)], { stdio: ['ignore', 'ignore', 'inherit'] });
    fs.mkdirSync(path.join(data, 'user', 'User'), { recursive: true });
    fs.writeFileSync(path.join(data, 'user', 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));

    const port = await freePort();
    const log = fs.openSync(path.join(out, 'code-server.log'), 'w');
    // VSCODE_CLI=1: extensions get this process's environment, as when VS Code is started from a terminal; otherwise
    // the server replaces PATH and the rest with what a login shell sets up, which the caller cannot control.
    const server = spawn(codeServer, [...profile, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', folder], { stdio: ['ignore', log, log], env: { ...process.env, VSCODE_CLI: '1' } });
    const editor = new VsCode(path.resolve(folder), out, data, server, { width, height });
    try {
      await editor.#connect(port, editor.#size);
    } catch (error) {
      await editor.close();
      throw error;
    }
    return editor;
  }

  #browser;
  #page;
  #server;
  #data;
  #size;
  #settingsLine = false; // whether setSettings has made its line in settings.json

  constructor(folder, out, data, server, size) {
    this.folder = folder;
    this.out = out;
    this.#data = data;
    this.#server = server;
    this.#size = size;
  }

  async #connect(port, { width, height }) {
    for (let i = 0; ; i++) {
      try { await fetch(`http://127.0.0.1:${port}/healthz`); break; } catch (error) {
        if (i === 120 || this.#server.exitCode !== null) throw new Error(`code-server did not start: ${error.message}`);
        await sleep(500);
      }
    }
    const chromium = process.env.CHROMIUM || execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    this.#browser = await puppeteer.launch({ executablePath: chromium, headless: true,
      args: ['--no-sandbox', '--disable-gpu', `--window-size=${width},${height}`] });
    this.#page = await this.#browser.newPage();
    await this.#page.setViewport({ width, height });
    await this.#page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.folder)}`, { waitUntil: 'networkidle2', timeout: 90000 });
    await this.#page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    await sleep(2000);
    await this.#chord('Control', 'Shift', 'KeyM'); // View: Problems
    await this.#page.waitForSelector('.markers-panel', { visible: true, timeout: 10000 });
  }

  async #chord(...keys) {
    for (const key of keys) await this.#page.keyboard.down(key);
    for (const key of [...keys].reverse()) await this.#page.keyboard.up(key);
  }

  /** Opens a file (relative to the folder) with Quick Open (Ctrl+P) and waits until its editor is the active one. */
  async open(file) {
    const target = path.join(this.folder, file);
    await this.#chord('Control', 'KeyP');
    await this.#page.waitForSelector('.quick-input-widget input', { visible: true });
    await this.#page.keyboard.type(file);
    await this.#waitUntil(`Quick Open to list ${file}`, () => this.#page.$$eval('.quick-input-list .monaco-list-row',
      rows => rows.length > 0).catch(() => false), 10000);
    await sleep(300);
    await this.#page.keyboard.press('Enter');
    await this.#waitUntil(`${file} to be the active editor`, async () => (await this.#activeFile()) === target, 10000);
    await sleep(300);
  }

  /** Closes the active editor (View: Close Editor) and waits until it is gone. */
  async closeEditor() {
    const file = await this.#activeFile();
    await this.command('View: Close Editor');
    await this.#waitUntil(`${file} to close`, async () => (await this.#activeFile()) !== file, 10000);
  }

  /** Runs a command by its title from the Command Palette (F1): types the title and clicks the command. */
  async command(title) {
    await this.#page.keyboard.press('F1');
    await this.#page.waitForSelector('.quick-input-widget input', { visible: true });
    await this.#page.keyboard.type(title);
    // The palette lists every command the words match; a row's aria-label is "Title" or "Title, Keybinding".
    const findRow = async () => {
      for (const row of await this.#page.$$('.quick-input-list .monaco-list-row')) {
        const label = await row.evaluate(element => element.getAttribute('aria-label') ?? '');
        if (label === title || label.startsWith(`${title}, `)) return row;
      }
      return null;
    };
    await this.#waitUntil(`the Command Palette to list ${title}`, async () => (await findRow()) !== null, 10000);
    await (await findRow()).click();
    await sleep(300);
  }

  /** The file of the active editor tab (absolute path), or null. */
  #activeFile() {
    // The label reads "/path/file", or with what the tab shows after it: "/path/file • Modified • 7 problems in this file".
    return this.#page.$eval('.editor-group-container.active .tab.active .monaco-icon-label',
      label => label.getAttribute('aria-label')?.split(' • ')[0] ?? null).catch(() => null);
  }

  /** Whether the active editor has unsaved changes. */
  isDirty() {
    return this.#page.$eval('.editor-group-container.active .tab.active', tab => tab.classList.contains('dirty')).catch(() => false);
  }

  /**
   * Every row of the Problems panel, as { file (relative to the folder), severity, message, source, code, href, line,
   * column }, in the panel's order. The panel draws only the rows in view, so this scrolls it from top to bottom.
   */
  async problems() {
    const list = await this.#page.$('.markers-panel .monaco-list');
    const box = await list?.boundingBox();
    if (!box) return [];
    await this.#page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const rows = new Map();
    let drawn = await this.#drawnProblemRows();
    let scrolled = false;
    // Up to the first row; then down, a half panel at a time, until the last row has been drawn.
    for (let i = 0; i < 100 && drawn.length > 0 && !drawn.some(row => row.index === 0); i++) {
      drawn = await this.#scrollProblems(-box.height);
      scrolled = true;
    }
    for (let i = 0; i < 1000; i++) {
      drawn.forEach(row => rows.set(row.index, row));
      if (drawn.length === 0 || drawn.some(row => row.last)) break;
      drawn = await this.#scrollProblems(box.height / 2);
      scrolled = true;
    }
    if (scrolled) await this.#scrollProblems(-1e6);
    // Out of the way, so that no hover over a row covers the next screenshot.
    await this.#page.mouse.move(this.#size.width - 250, 5);
    const result = [];
    let file = null;
    for (const row of [...rows.values()].sort((a, b) => a.index - b.index)) {
      if (row.file !== undefined) file = path.relative(this.folder, row.file);
      else if (row.marker) result.push({ file, ...row.marker });
    }
    return result;
  }

  /** Scrolls the Problems panel (the mouse is over it) and returns the rows drawn once the panel has redrawn. */
  async #scrollProblems(deltaY) {
    const before = (await this.#drawnProblemRows()).map(row => row.index).join();
    await this.#page.mouse.wheel({ deltaY });
    for (let i = 0; i < 10; i++) {
      await sleep(50);
      const drawn = await this.#drawnProblemRows();
      if (drawn.map(row => row.index).join() !== before) return drawn;
    }
    return this.#drawnProblemRows();
  }

  /** The rows of the Problems panel now in the page: level 1 is a file, level 2 a problem in the file above it. */
  #drawnProblemRows() {
    // Only the list's own rows: a file row stuck to the top while scrolling (sticky scroll) is a copy, outside them.
    return this.#page.$$eval('.markers-panel .monaco-list-rows > .monaco-list-row', elements => elements.map(row => {
      const text = selector => row.querySelector(selector)?.textContent.trim() ?? null;
      const icon = row.querySelector('.marker-icon')?.classList;
      const position = /\[Ln (\d+), Col (\d+)\]/.exec(text('.marker-line') ?? '');
      return {
        index: Number(row.dataset.index),
        last: row.dataset.lastElement === 'true',
        // A file row's icon label has the absolute path.
        file: row.getAttribute('aria-level') === '1' ? row.querySelector('.monaco-icon-label')?.getAttribute('aria-label') : undefined,
        marker: row.getAttribute('aria-level') !== '2' ? undefined : {
          severity: icon?.contains('error') ? 'error' : icon?.contains('warning') ? 'warning' : 'info',
          message: text('.marker-message'),
          source: text('.marker-source'),
          code: text('.marker-code'),
          href: row.querySelector('.monaco-link')?.getAttribute('href') ?? null,
          line: position ? Number(position[1]) : null,
          column: position ? Number(position[2]) : null,
        },
      };
    }));
  }

  /** The Problems rows of one file (relative to the folder). */
  async problemsOf(file) {
    return (await this.problems()).filter(row => row.file === path.normalize(file));
  }

  /**
   * Polls the Problems rows of `file` until `accept(rows)` holds for `stableMs` on end (the server publishes after a
   * short debounce, and a late publication must not go unseen), or `timeoutMs` passes. Returns the last rows and
   * whether they were accepted, so that a caller can show what the editor showed instead.
   */
  async waitForProblems(file, accept, { timeoutMs = 30000, stableMs = 1000 } = {}) {
    const start = Date.now();
    let since = null;
    for (;;) {
      const rows = await this.problemsOf(file);
      const now = Date.now();
      if (accept(rows)) {
        since ??= now;
        if (now - since >= stableMs) return { rows, accepted: true, ms: since - start };
      } else {
        since = null;
      }
      if (now - start > timeoutMs) return { rows, accepted: false, ms: null };
      await sleep(200);
    }
  }

  /** Moves the cursor of the active editor to a 1-based line and column with Go to Line (Ctrl+G). */
  async goTo(line, column = 1) {
    await this.#chord('Control', 'KeyG');
    await this.#page.waitForSelector('.quick-input-widget input', { visible: true });
    await this.#page.keyboard.type(`${line}:${column}`);
    await sleep(200);
    await this.#page.keyboard.press('Enter');
    await sleep(300);
  }

  /** The text of a line of the active editor as drawn on screen (the line must be in view, as after goTo). */
  lineText(line) {
    return this.#page.evaluate(wanted => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return null;
      const top = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
        .find(number => number.textContent.trim() === String(wanted))?.closest('[style*="top"]')?.style.top;
      const view = [...editor.querySelectorAll('.view-lines .view-line')].find(element => element.style.top === top);
      return view ? view.textContent.replace(/\u00a0/g, ' ') : null;
    }, line);
  }

  /**
   * Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once `accept` takes it (its parts, the problem's
   * and the language server's, arrive one after another), or what it shows after `timeoutMs`. Escape hides it.
   */
  async hover(accept, timeoutMs = 10000) {
    await this.#chord('Control', 'KeyK');
    await this.#chord('Control', 'KeyI');
    const text = () => this.#page.$$eval('.monaco-hover', hovers => hovers.filter(hover => hover.offsetParent !== null)
      .map(hover => hover.innerText).join('\n'));
    for (const start = Date.now(); Date.now() - start < timeoutMs; await sleep(100)) {
      if (accept(await text())) break;
    }
    return text();
  }

  /**
   * The light bulb at the cursor's line: 'preferred' when it says a preferred quick fix is available (what Auto Fix,
   * Shift+Alt+., would apply), 'plain' for other code actions, null for none.
   */
  lightBulb() {
    return this.#page.$eval('.editor-group-container.active .lightBulbWidget', bulb => bulb.offsetParent === null ? null
      : bulb.classList.contains('codicon-lightbulb-autofix') ? 'preferred' : 'plain').catch(() => null);
  }

  /**
   * Opens the quick fix menu (Ctrl+.) at the cursor and returns the titles of the actions it offers, without the
   * group headers. The menu stays open for applyQuickFix; Escape closes it.
   */
  async quickFixes() {
    await this.#chord('Control', 'Period');
    await this.#waitUntil('the quick fix menu', () => this.#page.$$eval('.action-widget .monaco-list-row.action',
      rows => rows.length > 0).catch(() => false), 10000);
    await sleep(300);
    return this.#page.$$eval('.action-widget .monaco-list-row.action', rows => rows.map(row => row.textContent.trim()));
  }

  /** Clicks the first action of the open quick fix menu whose title `accept`s, waits for its edit and saves. */
  async applyQuickFix(accept) {
    const rows = await this.#page.$$('.action-widget .monaco-list-row.action');
    for (const row of rows) {
      if (accept(await row.evaluate(element => element.textContent.trim()))) {
        await row.click();
        await this.#waitUntil('the quick fix to edit the file', () => this.isDirty(), 10000);
        await this.save();
        return;
      }
    }
    throw new Error(`no quick fix is ${accept}`);
  }

  /** Types text into the active editor key by key; "\n" presses Enter. */
  async type(text) {
    await this.#page.keyboard.type(text, { delay: 15 });
  }

  async press(key) {
    await this.#page.keyboard.press(key);
  }

  /** Saves the active editor (Ctrl+S) and waits until it is saved. */
  async save() {
    await this.#chord('Control', 'KeyS');
    await this.#waitUntil('the file to be saved', async () => !(await this.isDirty()), 10000);
  }

  /** Undoes (Ctrl+Z) until the active editor is back to its saved text. */
  async undoUntilSaved() {
    for (let i = 0; i < 200 && await this.isDirty(); i++) {
      await this.#chord('Control', 'KeyZ');
      await sleep(50);
    }
    if (await this.isDirty()) throw new Error('undo did not bring the editor back to its saved text');
  }

  async escape() {
    await this.#page.keyboard.press('Escape');
    await sleep(200);
  }

  /**
   * Sets user settings as a person would: in settings.json, opened with Preferences: Open User Settings (JSON), on a
   * line of their own after the opening brace, saved. Each call replaces that line, so {} takes back what the previous
   * call set. (VS Code here does not notice settings.json changed on disk; saved from the editor it does at once.)
   */
  async setSettings(settings) {
    await this.command('Preferences: Open User Settings (JSON)');
    await this.#waitUntil('settings.json to open', async () => path.basename((await this.#activeFile()) ?? '') === 'settings.json', 10000);
    if (!this.#settingsLine) {
      await this.goTo(1);
      await this.press('End');
      await this.type('\n');
      this.#settingsLine = true;
    }
    await this.goTo(2);
    await this.#chord('Shift', 'End');
    const line = Object.entries(settings).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)},`).join(' ');
    if (line) await this.type(line);
    else await this.press('Delete');
    await this.save();
    await this.closeEditor();
  }

  /** What an extension's output channel holds so far, from its log file (`extensionId` is publisher.name). */
  outputChannel(extensionId, channel) {
    const log = findFiles(path.join(this.#data, 'user', 'logs'), name => name === `${channel}.log`)
      .find(file => path.basename(path.dirname(file)) === extensionId);
    return log ? fs.readFileSync(log, 'utf8') : '';
  }

  /** Saves a screenshot of the whole window as OUT/name.png and returns its path. */
  async screenshot(name) {
    const file = path.join(this.out, `${name}.png`);
    await this.#page.screenshot({ path: file });
    return file;
  }

  /** Closes the browser and code-server, and copies the output channel logs of the extensions (not VS Code's own) into OUT. */
  async close() {
    await this.#browser?.close().catch(() => undefined);
    if (this.#server.exitCode === null) {
      const exited = new Promise(resolve => this.#server.once('exit', resolve));
      this.#server.kill();
      await Promise.race([exited, sleep(5000)]);
    }
    // An extension's channels are logged in a folder named by its id, publisher.name.
    for (const log of findFiles(path.join(this.#data, 'user', 'logs'), name => name.endsWith('.log'))) {
      const folder = path.basename(path.dirname(log));
      if (/^[\w-]+\.[\w-]+$/.test(folder) && !folder.startsWith('vscode.')) {
        fs.copyFileSync(log, path.join(this.out, path.basename(log)));
      }
    }
    fs.rmSync(this.#data, { recursive: true, force: true });
  }

  async #waitUntil(what, condition, timeoutMs) {
    const start = Date.now();
    while (!(await condition())) {
      if (Date.now() - start > timeoutMs) {
        const shot = await this.screenshot(`timeout-${Date.now()}`).catch(() => 'no screenshot');
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (screenshot: ${shot})`);
      }
      await sleep(100);
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function findFiles(dir, accept) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? findFiles(full, accept) : accept(entry.name) ? [full] : [];
  });
}
