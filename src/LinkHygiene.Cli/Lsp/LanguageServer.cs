using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Rules;
using LinkHygiene.Workspace.Files;
using StreamJsonRpc;

namespace LinkHygiene.Cli.Lsp;

/// <summary>
/// <c>linkhygiene lsp</c>: the engine behind an editor, over the Language Server Protocol on stdin/stdout. Every open
/// template is analysed on open and after every change with the options its .editorconfig/.globalconfig give it (the
/// build's reader), and its findings are published as diagnostics for that version only: a newer change cancels the
/// analysis of an older one, and nothing stale is ever published. Quick fixes are the engine's fixes; suppressions
/// insert the comment form of the file's language. No request can take the server down: each handler has its own
/// exception boundary, and a file too large or unreadable is one LH901 diagnostic.
/// </summary>
[PolyType.GenerateShape(IncludeMethods = PolyType.MethodShapeFlags.PublicInstance)]
internal sealed partial class LanguageServer
{
    /// <summary>After a burst of changes (one arrived while the last analysis ran), wait this long before analysing.</summary>
    private static readonly TimeSpan BurstDelay = TimeSpan.FromMilliseconds(25);

    // The declared types of the notifications' parameters, by which the serializer finds their generated metadata: one
    // for each parameter sent, no more (publishDiagnostics' version is optional, and left out when there is none).
    private static readonly Dictionary<string, Type> PublishDiagnosticsTypes = new() { ["uri"] = typeof(string), ["version"] = typeof(int), ["diagnostics"] = typeof(IReadOnlyList<Diagnostic>) };
    private static readonly Dictionary<string, Type> UnversionedPublishDiagnosticsTypes = new() { ["uri"] = typeof(string), ["diagnostics"] = typeof(IReadOnlyList<Diagnostic>) };
    private static readonly Dictionary<string, Type> LogMessageTypes = new() { ["type"] = typeof(int), ["message"] = typeof(string) };
    private static readonly Dictionary<string, Type> RegistrationTypes = new() { ["registrations"] = typeof(IReadOnlyList<Registration>) };

    /// <summary>
    /// The files whose changes the server needs to hear of, as the VS Code extension watches them: configuration, resources
    /// and page shells, and what internal links resolve to (pages, components, routes in C#, static files).
    /// </summary>
    private static readonly FileSystemWatcher[] WatchedFiles =
    {
        new("**/{.editorconfig,.globalconfig,*.globalconfig,*.resx}"),
        new("**/*.{cs,cshtml,razor,html,htm}"),
        new("**/wwwroot/**"),
    };
    private static readonly Dictionary<string, Type> LogTraceTypes = new() { ["message"] = typeof(string) };

    private readonly JsonRpc _rpc;
    private readonly TextWriter _log;
    private readonly object _gate = new();
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    // The configuration files whose LH900 diagnostics were published without the file being open, by the stamp (write
    // time and length) they were published for (PublishConfigurationFiles).
    private readonly Dictionary<string, string> _configurationPublications = new(PathUtilities.Comparer);
    private readonly Dictionary<OpenDocument, Analysis> _analyses = new();
    private readonly ConfigurationCache _configurations = new();

    // The facts of the site's pages on the disk, kept across the indexes built after each save (only changed files are
    // read again)
    private readonly Workspace.Site.TemplateFactsCache _facts = new();
    private readonly Channel<PublishDiagnosticsParams> _outbox = Channel.CreateUnbounded<PublishDiagnosticsParams>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<bool> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _roots = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SiteBuild>> _sites = new(PathUtilities.Comparer);
    private volatile Workspace.ProjectContexts _projects = Workspace.ProjectContexts.Empty;
    // Which project each open template belongs to; replaced, like the indexes, when files appear, move or go.
    private volatile Workspace.Site.SiteLocator _locator = new();
    private bool _documentChanges;
    private bool _shutdownRequested;
    private volatile bool _initialized;
    // LSP's lifecycle, for the messages it allows: nothing but 'initialize' (and 'exit') before 'initialize', nothing but
    // 'exit' after 'shutdown'. Messages are handled one at a time in the order they arrive, so this needs no lock.
    private volatile int _lifecycle = AwaitingInitialize;
    private const int AwaitingInitialize = 0;
    private const int Serving = 1;
    private const int ShutDown = 2;
    private const int ServerNotInitialized = -32002;
    private bool _watchesFiles;
    private int _watchRegistered;
    private volatile bool _trace;
    private int _generation; // counts Reanalyse calls: an analysis begun before one is not stored after it
    private const int MessageError = 1;
    private const int MessageWarning = 2;
    private const int MessageInfo = 3;

    private LanguageServer(JsonRpc rpc, TextWriter log)
    {
        _rpc = rpc;
        _log = log;
    }

    /// <summary>Serves one client until it sends <c>exit</c> or closes the stream; returns the process exit code.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every message type has source-generated metadata (LspJsonContext); the options have no reflection fallback.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every message type has source-generated metadata (LspJsonContext); the options have no reflection fallback.")]
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = Lsp.SerializerOptions };
        using var rpc = new JsonRpc(new TolerantMessageHandler(output, input, formatter, log))
        {
            // Messages are handled one at a time, in the order they arrive (didChange after didChange); analyses run
            // on the thread pool.
            SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false),
        };
        var server = new LanguageServer(rpc, log);
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<LanguageServer>(), server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        rpc.StartListening();
        var sender = server.SendAsync();
        await Task.WhenAny(rpc.Completion, server._exit.Task).ConfigureAwait(false);
        server._outbox.Writer.TryComplete();
        await Task.WhenAny(sender, Task.Delay(1000)).ConfigureAwait(false);
        // LSP: exit code 0 after shutdown, 1 when exit comes without it (or the stream just ends). Only the second is
        // worth a line on stderr, which clients show as an error.
        var clean = server._exit.Task.IsCompleted && server._shutdownRequested;
        if (!clean)
        {
            log.WriteLine(server._exit.Task.IsCompleted ? "linkhygiene lsp: exit without shutdown" : "linkhygiene lsp: the client closed the connection");
        }

        return clean ? 0 : 1;
    }

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        if (_lifecycle != AwaitingInitialize)
        {
            throw new LocalRpcException("initialize: the server was initialized already") { ErrorCode = (int)StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidRequest };
        }

        _lifecycle = Serving;
        Guard("initialize", () =>
        {
            lock (_gate)
            {
                foreach (var folder in request.WorkspaceFolders ?? Array.Empty<WorkspaceFolder>())
                {
                    AddRoot(PathOf(folder.Uri));
                }

                if (_roots.Count == 0)
                {
                    AddRoot(request.RootUri is { } rootUri ? PathOf(rootUri) : request.RootPath);
                }

                _documentChanges = Capability(request.Capabilities, "workspace", "workspaceEdit", "documentChanges");
                // (not asked of a client that says it watches them for the server already: VS Code's extension)
                _watchesFiles = Capability(request.Capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration")
                    && !Capability(request.InitializationOptions, "watchesFiles");
                _trace = request.Trace is "messages" or "verbose";
            }

            var roots = _roots.ToArray();
            _ = Task.Run(() => LoadProject(roots));
        });

        return new InitializeResult(
            new ServerCapabilities(
                "utf-16",
                new TextDocumentSyncOptions(OpenClose: true, Lsp.SyncIncremental, new SaveOptions(IncludeText: false)),
                new CodeActionOptions(new[] { Lsp.QuickFix, Lsp.FixAllKind }, ResolveProvider: false),
                HoverProvider: true),
            new ServerInfo("linkhygiene", ToolInfo.Version));
    }

    /// <summary>The client's trace setting (an editor's "trace.server"): with it on, each analysis is traced ($/logTrace).</summary>
    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(SetTraceParams request) => Guard("setTrace", () => _trace = request.Value is "messages" or "verbose");

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        if (!IsServing)
        {
            return;
        }

        _initialized = true;
        Log(MessageInfo, $"linkhygiene lsp {ToolInfo.Version}: ready ({string.Join(", ", _roots)})");
        if (_watchesFiles && Interlocked.Exchange(ref _watchRegistered, 1) == 0)
        {
            // A client that watches files for a server that asks (Neovim, Helix, Zed ...) is asked: without it a page added,
            // renamed or deleted outside the editor left internal links as they were until a restart (held-out review 155).
            var registration = new Registration("linkhygiene-watched-files", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(WatchedFiles));
            // (once, whatever a client that sends 'initialized' twice asks; a connection lost before the answer is no refusal:
            // code review 119)
            _ = _rpc.InvokeWithParameterObjectAsync("client/registerCapability", new Dictionary<string, object?> { ["registrations"] = new[] { registration } }, RegistrationTypes, CancellationToken.None)
                .ContinueWith(
                    t =>
                    {
                        if (t.Exception?.InnerException is { } refused and not (ConnectionLostException or ObjectDisposedException or OperationCanceledException))
                        {
                            Log(MessageWarning, $"linkhygiene lsp: the client refused to watch files: {refused.Message}");
                        }
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted,
                    TaskScheduler.Default);
        }
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        Require("shutdown");
        _lifecycle = ShutDown;
        lock (_gate)
        {
            _shutdownRequested = true;
            foreach (var analysis in _documents.Values.Select(d => d.Analysis))
            {
                analysis?.Cancel();
            }
        }

        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(true);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request) => Guard("didOpen", () =>
    {
        var item = request.TextDocument;
        var document = new OpenDocument(item.Uri, PathFor(item.Uri, item.LanguageId), item.LanguageId ?? string.Empty, item.Version, item.Text ?? string.Empty);
        lock (_gate)
        {
            if (_documents.TryGetValue(item.Uri, out var previous))
            {
                previous.Analysis?.Cancel();
                _analyses.Remove(previous);
            }

            _documents[item.Uri] = document;
            Schedule(document, burst: false);
        }
    });

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request) => Guard("didChange", () =>
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(request.TextDocument.Uri, out var document))
            {
                return;
            }

            // A change while the last one is still being analysed is typing: wait a moment for the next keystroke. The last
            // analysis stays, with the edits since: keystrokes that come faster than they are analysed are carried too.
            var burst = document.IsAnalysing;
            document.Apply(request.TextDocument.Version, request.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>());
            var edits = document.EditsSinceAnalysis;
            if (edits is not null && document.LastEdit is { } edit && edits.Count < EditedAnalysis.MaxEdits)
            {
                if (edit.End > edit.Start || edit.Text.Length > 0)
                {
                    edits.Add(edit); // a change that changes nothing is no edit to carry
                }
            }
            else
            {
                document.EditsSinceAnalysis = null;
            }

            Schedule(document, burst, _analyses.TryGetValue(document, out var last) && document.EditsSinceAnalysis is { Count: > 0 } since ? new Carry(last, since.ToArray()) : null);
        }
    });

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request) => Guard("didClose", () =>
    {
        lock (_gate)
        {
            if (_documents.TryGetValue(request.TextDocument.Uri, out var document))
            {
                document.Analysis?.Cancel();
                _documents.Remove(request.TextDocument.Uri);
                _analyses.Remove(document);
            }

            // A closed file's diagnostics belong to the build, not to the editor.
            _outbox.Writer.TryWrite(new PublishDiagnosticsParams(request.TextDocument.Uri, null, Array.Empty<Diagnostic>()));
        }

        // ... but for a configuration file's, which no other place shows (PublishConfigurationFiles)
        if (PathOf(request.TextDocument.Uri) is { } closed && ConfigurationValidator.IsConfigurationFile(closed))
        {
            lock (_gate)
            {
                _configurationPublications.Remove(closed);
            }

            PublishConfigurationFiles(new[] { closed });
        }
    });

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request) => Guard("didSave", () =>
    {
        // Saving a configuration file changes what every open template sees; saving a page or a .cs file, the site.
        var saved = PathOf(request.TextDocument.Uri);
        if (IsConfigurationOrResource(saved))
        {
            Reanalyse(configurationChanged: true);
        }
        else if (saved is not null && (LinkHygieneEngine.IsTemplate(saved) || saved.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)))
        {
            _sites.Clear();
            Reanalyse(configurationChanged: false, siteOnly: true);
        }
    });

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request) => Guard("didChangeWatchedFiles", () =>
    {
        var paths = (request.Changes ?? Array.Empty<FileEvent>()).Select(c => PathOf(c.Uri)).ToList();
        // (a page shell saved with another <html lang> changes the language of its project's views, imports the localizers
        // they inject)
        if (paths.Any(p => p is not null && (p.EndsWith(".resx", StringComparison.OrdinalIgnoreCase) || ProjectContext.IsPageShell(p) || ProjectContext.IsImports(p))))
        {
            var roots = _roots.ToArray();
            _ = Task.Run(() => LoadProject(roots));
        }

        if (paths.Any(IsConfigurationOrResource))
        {
            Reanalyse(configurationChanged: true);
        }

        // A page, a route or a static file that appears, moves or goes changes what internal links resolve to.
        if (paths.Any(IsSiteInput))
        {
            _locator = new Workspace.Site.SiteLocator();
            _sites.Clear();
            Reanalyse(configurationChanged: false, siteOnly: true);
        }
    });

    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public void DidChangeConfiguration(JsonElement settings)
    {
        // LinkHygiene's settings live in .editorconfig/.globalconfig, as in the build; the editor's own settings
        // (enable, server path, trace) are the extension's business.
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams request)
    {
        Require("codeAction");
        return Guard("codeAction", () =>
        {
            var (document, analysis) = Current(request.TextDocument.Uri);
            if (document is null || analysis is null)
            {
                return (IReadOnlyList<CodeAction>)Array.Empty<CodeAction>();
            }

            return CodeActions.For(document, analysis, request, _documentChanges);
        }) ?? Array.Empty<CodeAction>();
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams request)
    {
        Require("hover");
        return Guard("hover", () =>
        {
            var (document, analysis) = Current(request.TextDocument.Uri);
            if (document is null || analysis is null)
            {
                return null;
            }

            var offset = document.OffsetOf(request.Position);
            var here = analysis.Findings.Where(f => f.Span.Start <= offset && offset <= f.Span.End).ToList();
            if (here.Count == 0)
            {
                return null;
            }

            // The rule, why it matters and its page: the finding's own message is the diagnostic's, which editors show in the
            // same hover (held-out review 168: VS Code showed it twice)
            var text = string.Join("\n\n---\n\n", here.Select(f => f.Rule).Distinct().Select(rule =>
                $"**{rule.Id}** {rule.Title}\n\n{rule.Description}\n\n[{rule.Id} documentation]({rule.HelpLink})"));
            var first = here[0];
            return new Hover(new MarkupContent("markdown", text), document.RangeOf(first.Span.Start, first.Span.End));
        });
    }

    /// <summary>The diagnostics of a document's current version, analysed now if its last analysis is not for that version.</summary>
    private (OpenDocument? Document, Analysis? Analysis) Current(string uri)
    {
        OpenDocument? document;
        string text;
        int version;
        int generation;
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out document))
            {
                return (null, null);
            }

            // A carried analysis has its findings moved, not its links and document: a code action or a hover gets a new one.
            if (_analyses.TryGetValue(document, out var done) && done.Version == document.Version && !done.IsCarried)
            {
                return (document, done);
            }

            text = document.Text;
            version = document.Version;
            generation = _generation;
        }

        var analysis = Analyse(document, text, version, CancellationToken.None);
        lock (_gate)
        {
            if (document.Version != version)
            {
                return (document, null);
            }

            // Made before the project or the configuration was read again: answer with it, but keep the newer one.
            if (generation == _generation)
            {
                Store(document, analysis);
            }

            return (document, analysis);
        }
    }

    /// <summary>
    /// Starts analysing a document's current version (cancelling the analysis of the version before), carrying the
    /// analysis of the version before through the edit that made this one when it can. Call under the lock.
    /// </summary>
    private void Schedule(OpenDocument document, bool burst, Carry? carry = null, Analysis? rechecked = null)
    {
        document.Analysis?.Cancel();
        var cancellation = new CancellationTokenSource();
        document.Analysis = cancellation;
        document.Rechecking = rechecked;
        var text = document.Text;
        var version = document.Version;
        document.IsAnalysing = true;
        _ = Task.Run(async () =>
        {
            try
            {
                // A keystroke that can be carried is carried at once; otherwise, in a burst of typing, wait for the next.
                var watch = _trace ? System.Diagnostics.Stopwatch.StartNew() : null;
                var analysis = carry is null ? null : Carried(document, text, version, carry, cancellation.Token);
                if (analysis is null)
                {
                    if (burst)
                    {
                        await Task.Delay(BurstDelay, cancellation.Token).ConfigureAwait(false);
                        watch?.Restart();
                    }

                    analysis = Analyse(document, text, version, cancellation.Token, rechecked);
                }

                if (watch is not null)
                {
                    Trace($"{Path.GetFileName(document.Path)} v{version}: {(rechecked is not null ? "internal links checked again" : analysis.IsCarried ? $"findings moved through {analysis.Edits!.EditCount} edited range(s) since the last analysis{(analysis.Edits.EditedLinkCount > 0 ? $", the text of {analysis.Edits.EditedLinkCount} link{(analysis.Edits.EditedLinkCount == 1 ? string.Empty : "s")} read again" : string.Empty)}" : "analysed")} in {watch.Elapsed.TotalMilliseconds:F1} ms");
                }

                lock (_gate)
                {
                    if (cancellation.IsCancellationRequested || document.Version != version || !_documents.TryGetValue(document.Uri, out var open) || !ReferenceEquals(open, document))
                    {
                        return; // a newer version (or a close) came in: publishing this would be stale
                    }

                    // A full analysis of this version (made for a code action meanwhile) is the better base: keep it.
                    if (!(analysis.IsCarried && _analyses.TryGetValue(document, out var stored) && stored.Version == version && !stored.IsCarried))
                    {
                        Store(document, analysis);
                    }

                    _outbox.Writer.TryWrite(new PublishDiagnosticsParams(document.Uri, version, analysis.Diagnostics));
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e)
            {
                Log(MessageError, $"linkhygiene lsp: analysing {document.Uri} failed: {e}");
            }
            finally
            {
                lock (_gate)
                {
                    if (ReferenceEquals(document.Analysis, cancellation))
                    {
                        document.IsAnalysing = false;
                        document.Rechecking = null;
                    }
                }
            }
        });
    }

    /// <summary>Stores a document's analysis of its current version, the base later edits are carried from. Call under the lock.</summary>
    private void Store(OpenDocument document, Analysis analysis)
    {
        _analyses[document] = analysis;
        document.EditsSinceAnalysis = new List<(int Start, int End, string Text)>();
    }

    /// <summary>
    /// Edits of page text that no rule reads, or of links' text, carried from the last analysis: its findings moved, and
    /// those of the rules that read links' text found again (EditedAnalysis); null when an edit cannot be carried, and
    /// the text is to be analysed.
    /// </summary>
    private Analysis? Carried(OpenDocument document, string text, int version, Carry carry, CancellationToken cancellationToken)
    {
        Analysis? analysis = null;
        try
        {
            analysis = TryCarry(document, text, version, carry, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log(MessageError, $"linkhygiene lsp: carrying the findings of {document.Uri} failed (analysing it instead): {e}");
        }

        if (analysis is null)
        {
            // Keys after this one would replay it: analyse them, until an analysis is stored again.
            lock (_gate)
            {
                if (_analyses.TryGetValue(document, out var stored) && ReferenceEquals(stored, carry.Previous))
                {
                    document.EditsSinceAnalysis = null;
                }
            }
        }

        return analysis;
    }

    private Analysis? TryCarry(OpenDocument document, string text, int version, Carry carry, CancellationToken cancellationToken)
    {
        if (carry.Previous.Edits is not { } carried || Configured(document.Path) is not { } configured)
        {
            return null;
        }

        var (options, problem, _) = configured;
        for (var i = 0; i < carry.Edits.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end, inserted) = carry.Edits[i];
            // The last edit makes this version's text, which the document holds: no second copy of it.
            carried = carried.TryApply(start, end, inserted, options, i == carry.Edits.Count - 1 ? text : null);
            if (carried is null)
            {
                return null;
            }
        }

        if (!string.Equals(carried.Text, text, StringComparison.Ordinal))
        {
            return null;
        }

        var baseFindings = carry.Previous.BaseFindings;
        return Publishable(document, version, carried, carried.Move(baseFindings), baseFindings, problem);
    }

    /// <summary>The options for a file of the site, the configuration files they come from, and what is wrong with its configuration; null outside the site.</summary>
    private (IOptionSource Options, string? Problem, IReadOnlyList<string> Files)? Configured(string path)
    {
        var root = RootOf(path);
        if (root is not null && IsOutsideTheSite(path, root))
        {
            return null;
        }

        var (configuration, problem) = _configurations.For(path, root);
        return (configuration.OptionsFor(path), problem, configuration.Files);
    }

    /// <param name="rechecked">The document's last whole analysis of this version, whose own findings stand: only its
    /// internal links are checked again (the site changed).</param>
    private Analysis Analyse(OpenDocument document, string text, int version, CancellationToken cancellationToken, Analysis? rechecked = null)
    {
        var path = document.Path;
        if (Configured(path) is not { } configured)
        {
            return Analysis.Empty(version);
        }

        var (options, problem, configurationFiles) = configured;
        AnalysisResult result;
        EditedAnalysis? edits = null;
        if (ConfigurationValidator.IsConfigurationFile(path))
        {
            result = LinkHygieneEngine.AnalyzeConfiguration(path, text, options);
        }
        else if (LinkHygieneEngine.IsTemplate(path) && rechecked is { Result: { } kept, Edits: { } keptEdits })
        {
            (result, edits) = (kept, keptEdits);
        }
        else if (LinkHygieneEngine.IsTemplate(path))
        {
            result = LinkHygieneEngine.Analyze(path, text, options, _projects.For(path), cancellationToken);
            PublishConfigurationFiles(configurationFiles);
        }
        else
        {
            return Analysis.Empty(version);
        }

        // (a buffer with no file, untitled:, has no site: its links lead nowhere known; held-out review 155)
        var internalLinks = PathOf(document.Uri) is null ? Array.Empty<Finding>() : InternalLinkFindings(path, result, text.Length, options, cancellationToken);
        var findings = result.Findings.Concat(internalLinks)
            .OrderBy(f => f.Span.Start).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        return Publishable(document, version, edits ?? EditedAnalysis.Of(result, text), findings, findings, problem);
    }

    /// <summary>
    /// LH900 for the configuration files a template reads and the editor has not opened, at their lines: editors do not
    /// open .editorconfig for a language server, so a mistyped key was said only to someone who opened the file (held-out
    /// review 155). Published once for each version of a file (its write time and length); an open file is its own
    /// document's to publish.
    /// </summary>
    private void PublishConfigurationFiles(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            var stamp = info.Exists ? $"{info.LastWriteTimeUtc.Ticks}|{info.Length}" : "-";
            lock (_gate)
            {
                if (_documents.Values.Any(d => PathUtilities.Comparer.Equals(d.Path, file))
                    || (_configurationPublications.TryGetValue(file, out var published) && published == stamp))
                {
                    continue;
                }

                _configurationPublications[file] = stamp;
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // (an unreadable one is said on every template, by the configuration's problem)
            }

            var uri = new Uri(file).AbsoluteUri;
            var result = LinkHygieneEngine.AnalyzeConfiguration(file, text, Configured(file)?.Options ?? DictionaryOptionSource.Empty);
            var shown = new OpenDocument(uri, file, "editorconfig", 0, text);
            var diagnostics = Publishable(shown, 0, EditedAnalysis.Of(result, text), result.Findings, result.Findings, problem: null).Diagnostics;
            _outbox.Writer.TryWrite(new PublishDiagnosticsParams(uri, null, diagnostics));
        }
    }

    /// <summary>An analysis with its diagnostics, located in the version's text (cancelled if the document moved on).</summary>
    private Analysis Publishable(OpenDocument document, int version, EditedAnalysis edits, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> baseFindings, string? problem)
    {
        var diagnostics = new List<Diagnostic>(findings.Count + 1);
        lock (_gate)
        {
            if (document.Version != version)
            {
                // The text changed while this ran: its offsets no longer map; the newer analysis will publish.
                throw new OperationCanceledException();
            }

            foreach (var finding in findings)
            {
                diagnostics.Add(new Diagnostic(
                    document.RangeOf(finding.Span.Start, finding.Span.End),
                    SeverityOf(finding.Severity),
                    finding.Id,
                    new CodeDescription(finding.Rule.HelpLink),
                    "LinkHygiene",
                    finding.Message));
            }

            if (problem is not null)
            {
                diagnostics.Add(new Diagnostic(document.RangeOf(0, 0), Lsp.SeverityWarning, RuleIds.InvalidOption, null, "LinkHygiene", "Invalid LinkHygiene configuration: " + problem));
            }
        }

        return new Analysis(version, edits.Base, findings, diagnostics) { Edits = edits, BaseFindings = baseFindings };
    }

    /// <summary>
    /// LH030/LH031 for an open template: its project's index (read from disk once, in the background, and read again
    /// when files change) with this buffer's own facts in place of the saved file's. Until the index is ready, a
    /// template gets its other findings; it is analysed again as soon as the index is there.
    /// </summary>
    private IReadOnlyList<Finding> InternalLinkFindings(string path, AnalysisResult result, int textLength, IOptionSource options, CancellationToken cancellationToken)
    {
        string[] roots;
        lock (_gate)
        {
            roots = _roots.ToArray();
        }

        // A template without internal links has nothing to check against the index (and asking the index whether its
        // ids changed would make a template read without a DOM parse again on every keystroke).
        if (result.Facts is null || result.Facts.Links.Count == 0)
        {
            return Array.Empty<Finding>();
        }

        // A page outside every workspace folder (an editor opened on one file) is checked in the site around it, as the
        // command line checks a file named on its own.
        var (folder, isProject) = _locator.SiteOf(path, roots);
        if (folder is null && Path.GetDirectoryName(path) is { Length: > 0 } own)
        {
            (folder, isProject) = (Workspace.Site.SiteLocator.StaticSiteTopOf(own), false);
        }

        if (folder is null)
        {
            return Array.Empty<Finding>();
        }

        var site = _sites.GetOrAdd(folder, key => new Lazy<SiteBuild>(() =>
            new SiteBuild(Task.Run(() => Workspace.Site.SiteChecks.BuildIndex(key, isProject, _facts))))).Value;
        var build = site.Index;
        // A project usually indexes in well under a second: wait a little so the first diagnostics are whole.
        if (!build.IsCompleted)
        {
            try
            {
                build.Wait(TimeSpan.FromSeconds(3), cancellationToken);
            }
            catch (AggregateException)
            {
            }
            finally
            {
                // ... and once it is there, the open pages' internal links are checked again, once for the index, if any
                // analysis could not wait for it, or was cancelled while it waited (code review 127: a key typed then was
                // carried, its internal links never checked); not every page again when each had it (held-out review 168:
                // a big page analysed twice on open)
                if (!build.IsCompleted && Interlocked.Exchange(ref site.RecheckWhenBuilt, 1) == 0)
                {
                    build.ContinueWith(t => Reanalyse(configurationChanged: false, siteOnly: true), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                }
            }
        }

        if (build.Status != TaskStatus.RanToCompletion)
        {
            return Array.Empty<Finding>();
        }

        var index = build.Result.WithDocument(result.Facts);
        return LinkHygieneEngine.CheckInternalLinks(result.Facts, textLength, index, options, out _);
    }

    /// <summary>
    /// Analyses every open document again. When only the site changed (<paramref name="siteOnly"/>: a page saved, a file
    /// added or gone, the index built), a document whose last analysis is a whole one of its current version keeps its own
    /// findings and has only its internal links checked again: a save re-ran every open page's rules, twice (the save and
    /// the file watcher), and the index once built once more (held-out review 168: a 755 KB page analysed four times for
    /// one keystroke saved elsewhere, 6 to 8 s each).
    /// </summary>
    private void Reanalyse(bool configurationChanged, bool siteOnly = false)
    {
        if (configurationChanged)
        {
            _configurations.Clear();
        }

        lock (_gate)
        {
            _generation++;
            foreach (var document in _documents.Values)
            {
                // (or the one a re-check still running was made from: the file watcher's event that follows a save, a
                // moment after didSave, analysed every open page whole)
                var kept = siteOnly ? (_analyses.TryGetValue(document, out var stored) ? stored : document.Rechecking) : null;
                if (kept is not null && !(kept.Version == document.Version && !kept.IsCarried && kept.Result is not null))
                {
                    kept = null;
                }

                // (not left stored meanwhile: a key typed before the recheck is done would be carried from findings whose
                // internal links are stale, and never checked again; code review 127)
                _analyses.Remove(document);
                Schedule(document, burst: false, rechecked: kept);
            }
        }
    }

    /// <summary>Reads the workspace's neutral .resx files (localized link text) and page shells (the views' language) in the background; open documents are analysed again with them.</summary>
    private void LoadProject(string[] roots)
    {
        try
        {
            if (roots.Length == 0)
            {
                return;
            }

            var search = TemplateFinder.Find(roots, Array.Empty<string>(), roots[0], new GitIgnoredPaths());
            // (also when the last of them is gone: what they said must go with them)
            if (search.ResourceFiles.Count > 0 || search.Templates.Any(t => ProjectContext.IsPageShell(t) || ProjectContext.IsImports(t)) || _projects != Workspace.ProjectContexts.Empty)
            {
                _projects = Workspace.ProjectContexts.Load(search.ResourceFiles, search.Templates);
                Reanalyse(configurationChanged: false);
            }
        }
        catch (Exception e)
        {
            Log(MessageWarning, $"linkhygiene lsp: reading the workspace's resource files failed: {e.Message}");
        }
    }

    /// <summary>Sends diagnostics in the order they were decided, one message at a time.</summary>
    private async Task SendAsync()
    {
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                try
                {
                    await _rpc.NotifyWithParameterObjectAsync(
                        "textDocument/publishDiagnostics",
                        Parameters(message),
                        message.Version is null ? UnversionedPublishDiagnosticsTypes : PublishDiagnosticsTypes).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not (ConnectionLostException or ObjectDisposedException or IOException))
                {
                    // One message that cannot be sent must not stop every later one.
                    _log.WriteLine($"linkhygiene lsp: publishing diagnostics for {message.Uri} failed: {e}");
                }
            }
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
        {
        }
    }

    /// <summary>publishDiagnostics' parameters by name (a version only when there is one: the field is optional, not nullable).</summary>
    private static Dictionary<string, object?> Parameters(PublishDiagnosticsParams message)
    {
        var parameters = new Dictionary<string, object?>(3, StringComparer.Ordinal) { ["uri"] = message.Uri };
        if (message.Version is { } version)
        {
            parameters["version"] = version;
        }

        parameters["diagnostics"] = message.Diagnostics;
        return parameters;
    }

    /// <summary>
    /// A line for the client's log. Once the client is initialized it goes as window/logMessage, so that the editor
    /// shows it at its level (a client shows everything on the server's error stream as errors); before that, and if
    /// the message cannot be sent, to stderr.
    /// </summary>
    private void Log(int type, string message)
    {
        if (_initialized)
        {
            try
            {
                _ = _rpc.NotifyWithParameterObjectAsync("window/logMessage", new Dictionary<string, object?> { ["type"] = type, ["message"] = message }, LogMessageTypes)
                    .ContinueWith(t => _log.WriteLine(message), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                return;
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
            {
            }
        }

        _log.WriteLine(message);
    }

    /// <summary>A $/logTrace line, when the client asked for traces.</summary>
    private void Trace(string message)
    {
        if (!_trace || !_initialized)
        {
            return;
        }

        try
        {
            _ = _rpc.NotifyWithParameterObjectAsync("$/logTrace", new Dictionary<string, object?> { ["message"] = message }, LogTraceTypes);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
        {
        }
    }

    /// <summary>The exception boundary of every notification's handler, as <see cref="Guard{T}"/>; a notification LSP's
    /// lifecycle does not allow (before 'initialize', after 'shutdown') is dropped.</summary>
    private void Guard(string what, Action action)
    {
        if (IsServing)
        {
            Guard<object?>(what, () =>
            {
                action();
                return null;
            });
        }
    }

    /// <summary>Whether LSP's lifecycle allows a notification now (not before 'initialize', nor after 'shutdown').</summary>
    private bool IsServing => _lifecycle == Serving;

    /// <summary>
    /// A request LSP's lifecycle does not allow now is answered with the error the specification names:
    /// ServerNotInitialized before 'initialize', InvalidRequest after 'shutdown' (a client that asks too early is told
    /// so, rather than answered as if there were nothing to say).
    /// </summary>
    private void Require(string what)
    {
        switch (_lifecycle)
        {
            case AwaitingInitialize:
                throw new LocalRpcException($"{what}: the server is not initialized yet") { ErrorCode = ServerNotInitialized };
            case ShutDown:
                throw new LocalRpcException($"{what}: the server is shut down") { ErrorCode = (int)StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidRequest };
        }
    }

    /// <summary>The exception boundary of every handler: a bug is logged and answered with nothing, never a dead server.</summary>
    private T? Guard<T>(string what, Func<T> handler)
    {
        try
        {
            return handler();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log(MessageError, $"linkhygiene lsp: {what} failed: {e}");
            return default;
        }
    }

    private void AddRoot(string? path)
    {
        if (!string.IsNullOrEmpty(path) && Directory.Exists(path) && !_roots.Contains(path!, PathUtilities.Comparer))
        {
            _roots.Add(Path.GetFullPath(path!));
        }
    }

    private string? RootOf(string path)
    {
        lock (_gate)
        {
            return _roots
                .Where(r => path.StartsWith(r.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, PathUtilities.Comparison))
                .OrderByDescending(r => r.Length)
                .FirstOrDefault();
        }
    }

    /// <summary>Pages the build and the command line leave out (bin/, obj/, node_modules/, copied packages under wwwroot) are not reported while open either.</summary>
    private static bool IsOutsideTheSite(string path, string root)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (FolderRules.IsSkipped(folder))
            {
                return true;
            }
        }

        return FolderRules.IsInCopiedPackage(path);
    }

    /// <summary>A file whose appearance, move or change can change what internal links resolve to: anything but
    /// configuration, resources and what sits in build output, dependencies or version control (a build's writes to
    /// obj/ and bin/ must not rebuild the index).</summary>
    private static bool IsSiteInput(string? path)
    {
        if (path is null || IsConfigurationOrResource(path))
        {
            return false;
        }

        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (FolderRules.SkippedNames.Contains(Path.GetFileName(folder), StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConfigurationOrResource(string? path) =>
        path is not null && (ConfigurationValidator.IsConfigurationFile(path) || path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase));

    private static int SeverityOf(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => Lsp.SeverityError,
        RuleSeverity.Warning => Lsp.SeverityWarning,
        RuleSeverity.Suggestion => Lsp.SeverityInformation,
        _ => Lsp.SeverityHint,
    };

    /// <summary>Whether a client's object (its capabilities, its initialization options) holds <c>true</c> at a path.</summary>
    private static bool Capability(JsonElement? capabilities, params string[] path)
    {
        if (capabilities is not { ValueKind: JsonValueKind.Object } current)
        {
            return false;
        }

        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return false;
            }
        }

        return current.ValueKind == JsonValueKind.True;
    }

    /// <summary>
    /// The local path of a file URI (null for other schemes). RFC 8089's other forms of a local file's URI,
    /// <c>file:/path</c> and <c>file://localhost/path</c>, are that file too (held-out review 155: .NET's Uri refuses the
    /// first and reads the second as a UNC share, and each page's links were checked as an untitled buffer's).
    /// </summary>
    internal static string? PathOf(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return null;
        }

        if (uri!.StartsWith("file://localhost/", StringComparison.OrdinalIgnoreCase))
        {
            uri = "file:///" + uri.Substring("file://localhost/".Length);
        }
        else if (uri.StartsWith("file:/", StringComparison.OrdinalIgnoreCase) && !uri.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            uri = "file:///" + uri.Substring("file:/".Length);
        }

        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return Path.GetFullPath(parsed.LocalPath);
    }

    /// <summary>The path a document is analysed as: its file, or for an untitled buffer a name with its language's extension.</summary>
    private static string PathFor(string uri, string? languageId) =>
        PathOf(uri) ?? Path.Combine(Path.GetTempPath(), "untitled" + (languageId switch
        {
            "html" => ".html",
            _ => ".cshtml",
        }));
}

/// <summary>The last analysis of a document, and the changes since (each a replacement of start..end of the text before it).</summary>
internal sealed record Carry(Analysis Previous, IReadOnlyList<(int Start, int End, string Inserted)> Edits);

/// <summary>A site's index being built for the language server, and whether open pages are to be checked again when it is.</summary>
internal sealed class SiteBuild
{
    public SiteBuild(Task<LinkHygiene.Site.SiteIndex> index) => Index = index;

    public Task<LinkHygiene.Site.SiteIndex> Index { get; }

    /// <summary>1 once a check of the open pages' internal links is registered for when the index is built.</summary>
    public int RecheckWhenBuilt;
}

/// <summary>One analysis of one version of a document.</summary>
internal sealed class Analysis
{
    public Analysis(int version, AnalysisResult? result, IReadOnlyList<Finding> findings, IReadOnlyList<Diagnostic> diagnostics)
    {
        Version = version;
        Result = result;
        Findings = findings;
        Diagnostics = diagnostics;
    }

    public int Version { get; }

    public AnalysisResult? Result { get; }

    /// <summary>The template's findings and its internal-link findings, in source order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The analysis this one is, or is carried from, and the edits it was carried through (none when it is new).</summary>
    public EditedAnalysis? Edits { get; init; }

    /// <summary>The findings of <see cref="Edits"/>' base text, which <see cref="Findings"/> are moved from.</summary>
    public IReadOnlyList<Finding> BaseFindings { get; init; } = Array.Empty<Finding>();

    /// <summary>Whether the findings were moved through edits: the links and document of <see cref="Result"/> are the base text's.</summary>
    public bool IsCarried => Edits is { EditCount: > 0 };

    public static Analysis Empty(int version) => new(version, null, Array.Empty<Finding>(), Array.Empty<Diagnostic>());
}
