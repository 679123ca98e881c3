using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace LinkHygiene.Cli.Tests.Infrastructure;

/// <summary>A diagnostic as the client received it.</summary>
public sealed record ReceivedDiagnostic(string Code, int Severity, int StartLine, int StartCharacter, int EndLine, int EndCharacter, string Message, string? Href)
{
    public static ReceivedDiagnostic From(JsonNode d) => new(
        (string)d["code"]!,
        (int)d["severity"]!,
        (int)d["range"]!["start"]!["line"]!,
        (int)d["range"]!["start"]!["character"]!,
        (int)d["range"]!["end"]!["line"]!,
        (int)d["range"]!["end"]!["character"]!,
        (string)d["message"]!,
        (string?)d["codeDescription"]?["href"]);

    public override string ToString() => $"{Code} {StartLine}:{StartCharacter}-{EndLine}:{EndCharacter} s{Severity} {Message}";
}

/// <summary>One publishDiagnostics notification.</summary>
public sealed record Publication(string Uri, int? Version, JsonNode Raw)
{
    private IReadOnlyList<ReceivedDiagnostic>? _diagnostics;

    /// <summary>The diagnostics, read from the message when first asked for (not on the reader's thread, which lsp-latency times).</summary>
    public IReadOnlyList<ReceivedDiagnostic> Diagnostics => _diagnostics ??= Raw["diagnostics"]!.AsArray().Select(d => ReceivedDiagnostic.From(d!)).ToList();
}

/// <summary>
/// The language server as a separate process (<c>linkhygiene lsp</c>), spoken to over its stdin/stdout with LSP's
/// Content-Length framing, as an editor does. Every message the server sends is kept for the test to inspect (unless
/// <see cref="KeepsLatestPublicationsOnly"/>).
/// </summary>
public sealed class LspClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly List<Publication> _publications = new();
    private readonly List<(int Type, string Message)> _logMessages = new();
    private readonly List<string> _traces = new();
    private readonly object _gate = new();
    private readonly StringBuilder _log = new();
    private readonly Task _reader;
    private int _nextId;

    /// <summary>
    /// Keeps only each document's latest diagnostics, as an editor does, instead of every publication: what the
    /// latency benchmarks set. Kept, 300 publications of a 500 KB page's 2,125 diagnostics (0.8 MB of JSON each) are
    /// hundreds of megabytes held in this process, whose collections were timed as the server's latency (lsp-latency,
    /// 500 KB page: p50 20-27 ms with every publication kept, 9-11 ms with the latest).
    /// </summary>
    public bool KeepsLatestPublicationsOnly { get; set; }

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoop);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_log)
            {
                _log.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    private readonly List<(string Method, JsonNode? Parameters)> _serverRequests = new();

    /// <summary>The requests the server sent so far (each answered with a null result).</summary>
    public IReadOnlyList<(string Method, JsonNode? Parameters)> ServerRequests
    {
        get
        {
            lock (_gate)
            {
                return _serverRequests.ToList();
            }
        }
    }

    /// <summary>The window/logMessage notifications so far (type: 1 error, 2 warning, 3 info, 4 log).</summary>
    public IReadOnlyList<(int Type, string Message)> LogMessages
    {
        get
        {
            lock (_gate)
            {
                return _logMessages.ToList();
            }
        }
    }

    /// <summary>The $/logTrace notifications so far (sent once the client sets a trace).</summary>
    public IReadOnlyList<string> Traces
    {
        get
        {
            lock (_gate)
            {
                return _traces.ToList();
            }
        }
    }

    /// <summary>What the server wrote to stderr (its log).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a server: the tool built beside the tests (with <c>dotnet</c>), or the executable given.</summary>
    public static LspClient Start(string workingDirectory, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(Tool.Assembly);
        }

        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new LspClient(Process.Start(start)!);
    }

    /// <summary>Starts the server and initializes it for a workspace folder.</summary>
    public static LspClient Initialized(string root, JsonObject? capabilities = null, string? executable = null)
    {
        var client = Start(root, executable);
        client.Initialize(root, capabilities);
        return client;
    }

    /// <summary>Initializes a started server for a workspace folder ('initialize', then 'initialized').</summary>
    public void Initialize(string root, JsonObject? capabilities = null)
    {
        Request("initialize", InitializeParameters(root, capabilities));
        Notify("initialized", new JsonObject());
    }

    private static JsonObject InitializeParameters(string root, JsonObject? capabilities = null) => new()
    {
        ["processId"] = Environment.ProcessId,
        ["rootUri"] = UriOf(root),
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = UriOf(root), ["name"] = "site" }),
        ["capabilities"] = capabilities ?? new JsonObject(),
    };

    public static string UriOf(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public JsonNode? Request(string method, JsonNode? parameters, int timeoutMs = 30_000)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        if (!completion.Task.Wait(timeoutMs))
        {
            throw new TimeoutException($"no answer to {method} in {timeoutMs} ms\n{Log}");
        }

        var response = completion.Task.Result;
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"];
    }

    /// <summary>Sends a request and returns the whole response (result or error).</summary>
    public JsonNode RawRequest(string method, JsonNode? parameters, int timeoutMs = 30_000)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return completion.Task.Wait(timeoutMs) ? completion.Task.Result : throw new TimeoutException($"no answer to {method}\n{Log}");
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Open(string path, string text, int version = 1, string? languageId = null) =>
        OpenUri(UriOf(path), text, languageId ?? (path.EndsWith(".html", StringComparison.Ordinal) ? "html" : "razor"), version);

    /// <summary>Opens a document by a URI written as a client writes it (untitled:, file:/path ...).</summary>
    public void OpenUri(string uri, string text, string languageId, int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject
            {
                ["uri"] = uri,
                ["languageId"] = languageId,
                ["version"] = version,
                ["text"] = text,
            },
        });

    /// <summary>An incremental change: replaces the range with the text.</summary>
    public void Change(string path, int version, int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = Range(startLine, startCharacter, endLine, endCharacter),
                ["text"] = text,
            }),
        });

    /// <summary>A full-text change.</summary>
    public void Replace(string path, int version, string text) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    public void Close(string path) =>
        Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) } });

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    /// <summary>Waits for the diagnostics of a document's version (the latest publication for it when it arrives).</summary>
    public Publication WaitForDiagnostics(string path, int? version, int timeoutMs = 30_000)
    {
        var uri = UriOf(path);
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < timeoutMs)
        {
            lock (_gate)
            {
                var found = _publications.LastOrDefault(p => p.Uri == uri && (version is null || p.Version == version));
                if (found is not null)
                {
                    return found;
                }

                Monitor.Wait(_gate, 50);
            }
        }

        throw new TimeoutException($"no diagnostics for {uri} version {version} in {timeoutMs} ms; got {string.Join(", ", Publications(path).Select(p => p.Version))}\n{Log}");
    }

    /// <summary>The code actions offered for a diagnostic, asked for over its range as a client does.</summary>
    public List<JsonNode> CodeActions(string path, ReceivedDiagnostic diagnostic) =>
        Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) },
            ["range"] = Range(diagnostic.StartLine, diagnostic.StartCharacter, diagnostic.EndLine, diagnostic.EndCharacter),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        })!.AsArray().Select(a => a!).ToList();

    /// <summary>The hover at a position.</summary>
    public JsonNode Hover(string path, int line, int character) =>
        Request("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        })!;

    /// <summary>Every publication for a document so far, in arrival order.</summary>
    public IReadOnlyList<Publication> Publications(string path) => PublicationsOfUri(UriOf(path));

    /// <summary>Every publication for a document's URI as the client wrote it, in arrival order.</summary>
    public IReadOnlyList<Publication> PublicationsOfUri(string uri)
    {
        lock (_gate)
        {
            return _publications.Where(p => p.Uri == uri).ToList();
        }
    }

    /// <summary>Closes the server's stdin, as a client that dies does.</summary>
    public void CloseInput() => _input.Close();

    /// <summary>Sends raw bytes (for malformed-input tests).</summary>
    public void SendRaw(byte[] bytes)
    {
        _input.Write(bytes);
        _input.Flush();
    }

    public int WaitForExit(int timeoutMs = 10_000)
    {
        if (!_process.WaitForExit(timeoutMs))
        {
            throw new TimeoutException("the server did not exit\n" + Log);
        }

        return _process.ExitCode;
    }

    /// <summary>Shuts the server down as an editor does and returns its exit code.</summary>
    public int ShutDown()
    {
        Request("shutdown", null);
        Notify("exit", null);
        return WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void Send(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        lock (_input)
        {
            _input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            _input.Write(body);
            _input.Flush();
        }
    }

    private async Task ReadLoop()
    {
        // Buffered, as an editor reads: the headers are read a byte at a time below.
        var output = new BufferedStream(_process.StandardOutput.BaseStream, 1 << 16);
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = await ReadHeaderLine(output);
                    if (line is null)
                    {
                        return;
                    }

                    if (line.Length == 0)
                    {
                        break;
                    }

                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var n = await output.ReadAsync(body.AsMemory(read, length - read));
                    if (n == 0)
                    {
                        return;
                    }

                    read += n;
                }

                Dispatch(JsonNode.Parse(body)!);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }

    private void Dispatch(JsonNode message)
    {
        if (message["id"] is { } id && message["method"] is null)
        {
            if (_pending.TryRemove((int)id, out var completion))
            {
                completion.SetResult(message);
            }

            return;
        }

        if (message["id"] is { } requestId && message["method"] is { } requestMethod)
        {
            // a request from the server (client/registerCapability): kept, and answered as a client that accepts it
            lock (_gate)
            {
                _serverRequests.Add(((string)requestMethod!, message["params"]?.DeepClone()));
                Monitor.PulseAll(_gate);
            }

            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = null });
            return;
        }

        if ((string?)message["method"] == "window/logMessage")
        {
            lock (_gate)
            {
                _logMessages.Add(((int)message["params"]!["type"]!, (string)message["params"]!["message"]!));
                Monitor.PulseAll(_gate);
            }

            return;
        }

        if ((string?)message["method"] == "$/logTrace")
        {
            lock (_gate)
            {
                _traces.Add((string)message["params"]!["message"]!);
                Monitor.PulseAll(_gate);
            }

            return;
        }

        if ((string?)message["method"] == "textDocument/publishDiagnostics")
        {
            var parameters = message["params"]!;
            var publication = new Publication((string)parameters["uri"]!, (int?)parameters["version"], parameters);
            lock (_gate)
            {
                if (KeepsLatestPublicationsOnly)
                {
                    _publications.RemoveAll(p => p.Uri == publication.Uri);
                }

                _publications.Add(publication);
                Monitor.PulseAll(_gate);
            }
        }
    }

    private static async Task<string?> ReadHeaderLine(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var n = await stream.ReadAsync(one);
            if (n == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
