// The LinkHygiene extension: runs the `linkhygiene lsp` language server for .cshtml, .razor, .html and .htm files
// and connects it to VS Code with vscode-languageclient. Everything the user sees (diagnostics, quick fixes, hovers)
// comes from the server; this file only finds the server, starts it, and restarts it when its settings change.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

const DOTNET_DOWNLOAD = 'https://dotnet.microsoft.com/download';
const TEMPLATE_LANGUAGES = ['razor', 'aspnetcorerazor', 'html'];
const TEMPLATE_FILES = '**/*.{cshtml,razor,html,htm}';
// Files that change what the server reports for every open template: configuration, .resx files (localized link text)
// and page shells (their <html lang> is the language of their project's views).
const SERVER_INPUTS = '**/{.editorconfig,.globalconfig,*.globalconfig,*.resx,_Layout*.cshtml,_Host.cshtml,App.razor,wwwroot/index.html}';
// Files that change what internal links (LH030/LH031) resolve to: pages, components, controllers and routes in C#,
// and every static file the site serves. The server ignores what appears under bin/, obj/ and node_modules/.
const SITE_INPUTS = ['**/*.{cs,cshtml,razor,html,htm}', '**/wwwroot/**'];

/** A way to run the server, and where it came from (for the log). */
interface ServerCommand {
  command: string;
  args: string[];
  source: string;
}

/** Why there is no server to run; `needsDotnet` offers the .NET download. */
class NoServer {
  constructor(readonly message: string, readonly needsDotnet = false) {}
}

let output: vscode.LogOutputChannel;
let serverInputs: vscode.FileSystemWatcher[];
let client: LanguageClient | undefined;
// Starts and stops run one after another, so a burst of settings changes cannot start two servers.
let queue: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel('LinkHygiene', { log: true });
  serverInputs = [SERVER_INPUTS, ...SITE_INPUTS].map(pattern => vscode.workspace.createFileSystemWatcher(pattern));
  context.subscriptions.push(
    output,
    ...serverInputs,
    vscode.commands.registerCommand('linkhygiene.restartServer', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('linkhygiene')) {
        void restart(context);
      }
    }),
  );
  // Not awaited: activation must not wait for the server (VS Code holds this extension's commands, Restart Server
  // among them, until activate returns).
  void restart(context);
}

export function deactivate(): Promise<void> {
  return enqueue(stop);
}

function restart(context: vscode.ExtensionContext): Promise<void> {
  return enqueue(async () => {
    await stop();
    await start(context);
  });
}

function enqueue(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task, task);
  return queue;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('linkhygiene');
  if (!config.get<boolean>('enable', true)) {
    output.info('LinkHygiene is disabled (linkhygiene.enable is false).');
    return;
  }
  const server = await resolveServer(context, config.get<string>('serverPath', '').trim());
  if (server instanceof NoServer) {
    reportNoServer(server);
    return;
  }
  output.info(`Starting the language server (${server.source}): ${[server.command, ...server.args].join(' ')}`);

  const serverOptions: ServerOptions = { command: server.command, args: server.args };
  const clientOptions: LanguageClientOptions = {
    // By language id, as VS Code knows these files (.cshtml/.razor are `razor` in VS Code itself and
    // `aspnetcorerazor` with the C# extension), and by file name, for files opened under another language.
    documentSelector: [
      ...TEMPLATE_LANGUAGES.flatMap(language => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
      { scheme: 'file', pattern: TEMPLATE_FILES },
      { scheme: 'untitled', pattern: TEMPLATE_FILES },
    ],
    synchronize: { fileEvents: serverInputs },
    // The watchers above tell the server of these files; without this it would ask for its own, and hear of each twice.
    initializationOptions: { watchesFiles: true },
    outputChannel: output,
    traceOutputChannel: traceChannel(config.get<string>('trace.server', 'off')),
    // One notification when the server cannot start or keeps crashing, the client's own ("couldn't create connection
    // to server", "crashed 5 times", with a button to the output), rather than one more for each failed read or write
    // on the connection and two for the failed initialize request that come with it; those are only logged. A server
    // that never started is not restarted: it would fail the same way.
    errorHandler: {
      error: async (error, message, count) => ({ ...(await defaults.error(error, message, count)), handled: true }),
      closed: async () => client === candidate ? defaults.closed() : { action: CloseAction.DoNotRestart, handled: true },
    },
    initializationFailedHandler: () => false,
  };
  // The id `linkhygiene` makes the client read `linkhygiene.trace.server` for the trace's detail.
  const candidate = new LanguageClient('linkhygiene', 'LinkHygiene', serverOptions, clientOptions);
  const defaults: ErrorHandler = candidate.createDefaultErrorHandler();
  try {
    await candidate.start();
    client = candidate;
  } catch (error) {
    // The client has logged the error and shown a notification with it already.
    output.error(`The language server (${server.source}) did not start: ${error instanceof Error ? error.message : String(error)}`);
    await candidate.dispose().catch(() => undefined);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.dispose().catch((error: unknown) => output.warn(`Stopping the language server: ${String(error)}`));
  }
}

/**
 * The command that runs the server, or why there is none:
 * 1. `linkhygiene.serverPath`: a .dll runs with `dotnet`, anything else is run directly;
 * 2. `linkhygiene` on PATH (the .NET tool, `dotnet tool install -g LinkHygiene.Tool`), if it runs;
 * 3. the tool bundled in the extension, `server/linkhygiene.dll`, with `dotnet`.
 */
async function resolveServer(context: vscode.ExtensionContext, serverPath: string): Promise<ServerCommand | NoServer> {
  if (serverPath) {
    const file = resolveSettingPath(serverPath);
    if (!fs.existsSync(file)) {
      return new NoServer(`linkhygiene.serverPath is set to ${file}, which does not exist.`);
    }
    return file.toLowerCase().endsWith('.dll') ? withDotnet(file, 'linkhygiene.serverPath') : { command: file, args: ['lsp'], source: 'linkhygiene.serverPath' };
  }
  const tool = findOnPath('linkhygiene');
  if (tool) {
    const failure = await runFailure(tool, ['--version']);
    if (failure === undefined) {
      return { command: tool, args: ['lsp'], source: 'linkhygiene on PATH' };
    }
    // An installed tool that cannot start (the native one on a C library older than it needs, say) must not leave
    // the editor without a server: say why in the log, and run the one in the extension.
    output.warn(`linkhygiene on PATH (${tool}) does not run: ${failure}. Using the server bundled with the extension.`);
  }
  return withDotnet(context.asAbsolutePath(path.join('server', 'linkhygiene.dll')), 'bundled');
}

function withDotnet(dll: string, source: string): ServerCommand | NoServer {
  const dotnet = findDotnet();
  if (!dotnet) {
    return new NoServer(
      `The language server (${dll}) needs the .NET runtime, version 8 or later, and "dotnet" is not on PATH, in DOTNET_ROOT or where the .NET installers put it. ` +
      `Install .NET from ${DOTNET_DOWNLOAD} and restart VS Code, or set linkhygiene.serverPath to a linkhygiene executable.`,
      true);
  }
  return { command: dotnet, args: [dll, 'lsp'], source };
}

/**
 * Why `file args` does not run and exit 0 within ten seconds (its exit code and the first line it wrote on its error
 * stream), or undefined when it does.
 */
function runFailure(file: string, args: string[]): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile(file, args, { timeout: 10000 }, (error, _stdout, stderr) => {
      if (!error) {
        resolve(undefined);
        return;
      }
      const firstLine = String(stderr).split(/\r?\n/).find(line => line.trim().length > 0)?.trim();
      const how = error.killed ? 'it did not exit within 10 s' : `"${file} ${args.join(' ')}" exited with ${error.code ?? error.signal ?? error.message}`;
      resolve(firstLine ? `${how}: ${firstLine}` : how);
    });
  });
}

/** `~/x` is in the home folder; a relative path is relative to the first workspace folder. */
function resolveSettingPath(setting: string): string {
  if (setting === '~' || setting.startsWith('~/') || setting.startsWith('~\\')) {
    return path.join(os.homedir(), setting.slice(1));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return path.resolve(folder ?? os.homedir(), setting);
}

function findDotnet(): string | undefined {
  const exe = process.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const onPath = findOnPath('dotnet');
  if (onPath) {
    return onPath;
  }
  // VS Code started from a desktop launcher may not have the shell's PATH: try where .NET usually is.
  const folders = [
    process.env.DOTNET_ROOT,
    path.join(os.homedir(), '.dotnet'),
    ...(process.platform === 'win32' ? [path.join(process.env.ProgramFiles ?? 'C:\\Program Files', 'dotnet')]
      : process.platform === 'darwin' ? ['/usr/local/share/dotnet', '/opt/homebrew/opt/dotnet/libexec']
      : ['/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet']),
  ];
  return folders.filter((folder): folder is string => !!folder).map(folder => path.join(folder, exe)).find(isExecutable);
}

/** An executable named `name` in a folder of PATH (`name.exe` on Windows, where .NET tools are .exe shims). */
function findOnPath(name: string): string | undefined {
  const file = process.platform === 'win32' ? `${name}.exe` : name;
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(folder => path.isAbsolute(folder)) // never a relative entry such as ".": that would run a file of the workspace
    .map(folder => path.join(folder, file))
    .find(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Logs why there is no server and says so in a notification (not awaited: it waits for the user). */
function reportNoServer({ message, needsDotnet }: NoServer): void {
  output.error(message);
  void vscode.window.showErrorMessage(`LinkHygiene: ${message}`, 'Show Output', ...(needsDotnet ? ['Get .NET'] : [])).then(choice => {
    if (choice === 'Show Output') {
      output.show(true);
    } else if (choice === 'Get .NET') {
      void vscode.env.openExternal(vscode.Uri.parse(DOTNET_DOWNLOAD));
    }
  });
}

/**
 * vscode-languageclient writes the message trace only to a log channel set to the Trace log level, which a user sets
 * in the Output view, and then reads `linkhygiene.trace.server` just for the detail. This makes the setting alone
 * decide, as its description says: when it is `messages` or `verbose` the trace goes to the LinkHygiene channel at
 * any log level. The client reads only these three members of its trace channel.
 */
function traceChannel(setting: string): vscode.LogOutputChannel | undefined {
  if (setting !== 'messages' && setting !== 'verbose') {
    return undefined;
  }
  const channel: Pick<vscode.LogOutputChannel, 'logLevel' | 'onDidChangeLogLevel' | 'trace'> = {
    logLevel: vscode.LogLevel.Trace,
    onDidChangeLogLevel: () => new vscode.Disposable(() => undefined),
    trace: message => output.appendLine(message),
  };
  return channel as vscode.LogOutputChannel;
}
