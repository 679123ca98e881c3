using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// The parts of the Language Server Protocol 3.17 the server speaks (https://microsoft.github.io/language-server-protocol/).
// Names follow the specification; System.Text.Json writes them camelCase and leaves out nulls.
namespace LinkHygiene.Cli.Lsp;

internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record WorkspaceFolder(string Uri, string Name);

internal sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders, JsonElement? Capabilities, string? Trace = null, JsonElement? InitializationOptions = null);

internal sealed record SetTraceParams(string? Value);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record SaveOptions(bool IncludeText);

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

/// <summary>A file watcher the server asks the client for (client/registerCapability).</summary>
internal sealed record FileSystemWatcher(string GlobPattern);

internal sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider);

internal sealed record ServerCapabilities(string PositionEncoding, TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider, bool HoverProvider);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record TextDocumentContentChangeEvent(Range? Range, int? RangeLength, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record FileEvent(string Uri, int Type);

internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

internal sealed record CodeDescription(string Href);

internal sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

internal sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics, IReadOnlyList<string>? Only);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);

internal sealed record WorkspaceEdit(
    [property: JsonPropertyName("changes")] IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes,
    [property: JsonPropertyName("documentChanges")] IReadOnlyList<TextDocumentEdit>? DocumentChanges);

internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record MarkupContent(string Kind, string Value);

internal sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>LSP constants used here.</summary>
internal static class Lsp
{
    public const int SeverityError = 1;
    public const int SeverityWarning = 2;
    public const int SeverityInformation = 3;
    public const int SeverityHint = 4;

    public const int SyncIncremental = 2;

    public const string QuickFix = "quickfix";
    public const string FixAllKind = "source.fixAll.linkhygiene";

    /// <summary>
    /// How the server's messages are written and read: camelCase, nulls left out, names matched without regard to case,
    /// from metadata generated at compile time (<see cref="LspJsonContext"/>), so that no message needs reflection.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(LspJsonContext.Default.Options);
}

/// <summary>
/// Serialization metadata for every message the server reads or writes, generated at compile time. A type missing
/// here fails its message at run time in every build, not only in the native one: the options have no reflection
/// fallback.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(SetTraceParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(IReadOnlyList<CodeAction>))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(IReadOnlyList<Registration>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(object))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
}
