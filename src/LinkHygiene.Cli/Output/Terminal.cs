using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using LinkHygiene.Diagnostics;

namespace LinkHygiene.Cli.Output;

/// <summary>When output gets colours: <c>auto</c> (a terminal, and NO_COLOR unset), <c>always</c>, <c>never</c>.</summary>
internal enum ColorMode
{
    Auto,
    Always,
    Never,
}

/// <summary>ANSI styling, applied only when colours are on.</summary>
internal sealed class Style
{
    private readonly bool _on;

    public Style(bool on) => _on = on;

    public static Style Plain { get; } = new(false);

    public bool IsOn => _on;

    /// <summary>Decides whether a stream gets colours.</summary>
    public static Style For(ColorMode mode, bool isTerminal) => mode switch
    {
        ColorMode.Always => new Style(true),
        ColorMode.Never => Plain,
        _ => new Style(isTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb"),
    };

    public string Bold(string text) => Wrap("1", text);

    public string Dim(string text) => Wrap("2", text);

    public string Severity(RuleSeverity severity, string text) => severity switch
    {
        RuleSeverity.Error => Wrap("1;31", text),
        RuleSeverity.Warning => Wrap("1;33", text),
        RuleSeverity.Suggestion => Wrap("1;36", text),
        _ => text,
    };

    public string Green(string text) => Wrap("32", text);

    private string Wrap(string code, string text) => _on ? $"\u001b[{code}m{text}\u001b[0m" : text;
}

/// <summary>
/// A one-line progress bar on stderr, drawn only when stderr is a terminal, and only once a run has lasted long enough
/// to need it (so short runs and pipes never see it).
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(400);
    private readonly TextWriter _error;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private int _done;
    private bool _drawn;
    private bool _stopped;

    private Progress(TextWriter error, int total, bool enabled)
    {
        _error = error;
        _total = total;
        if (enabled)
        {
            _timer = new Timer(_ => Draw(), null, Delay, TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Starts a progress bar, if stderr is a terminal and progress is not turned off.</summary>
    public static Progress Start(int total, bool allowed) =>
        new(Console.Error, total, allowed && total > 0 && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb");

    public void Advance() => Interlocked.Increment(ref _done);

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_error)
        {
            _stopped = true;
            if (_drawn)
            {
                _error.Write("\r\u001b[2K");
                _error.Flush();
            }
        }
    }

    private void Draw()
    {
        if (_clock.Elapsed < Delay)
        {
            return;
        }

        var done = Volatile.Read(ref _done);
        const int width = 30;
        var filled = _total == 0 ? width : (int)((long)done * width / _total);
        var line = $"\r  [{new string('#', filled)}{new string('-', width - filled)}] {done}/{_total} files  {_clock.Elapsed.TotalSeconds:0.0} s";
        lock (_error)
        {
            if (_stopped)
            {
                return;
            }

            _error.Write(line);
            _error.Flush();
            _drawn = true;
        }
    }
}
