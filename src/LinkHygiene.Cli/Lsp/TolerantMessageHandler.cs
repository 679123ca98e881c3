using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace LinkHygiene.Cli.Lsp;

/// <summary>
/// LSP's Content-Length framing, forgiving a message that cannot be read: StreamJsonRpc ends the connection on a body
/// that is not JSON-RPC, which would leave the editor without a server for the rest of the session. The body has been
/// consumed when its parse fails, so the next message is read as usual; the bad one is logged and skipped.
/// </summary>
internal sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly TextWriter _log;

    public TolerantMessageHandler(Stream writer, Stream reader, IJsonRpcMessageFormatter formatter, TextWriter log)
        : base(writer, reader, formatter) => _log = log;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or BadRpcHeaderException or InvalidOperationException or NotSupportedException or ArgumentException)
            {
                _log.WriteLine($"linkhygiene lsp: skipped a message that could not be read ({e.GetType().Name}: {e.Message})");
            }
        }
    }
}
