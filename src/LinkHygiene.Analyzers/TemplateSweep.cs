using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace LinkHygiene.Analyzers;

/// <summary>
/// The additional files of one compilation, analysed ahead when the compiler sweeps through them. Roslyn runs
/// additional-file actions one file after another on one thread; in a build it asks for every file in order, so once
/// two consecutive files have been asked for, the files after them are analysed on the other cores while the compiler
/// reports the current one. An editor asks for one file at a time: nothing is analysed ahead, nothing is wasted.
/// Outcomes are kept only until the compiler asks for them.
/// </summary>
/// <typeparam name="TOutcome">What analysing one file produces.</typeparam>
internal sealed class TemplateSweep<TOutcome>
    where TOutcome : class
{
    private const int Unclaimed = 0;
    private const int ClaimedAhead = 1;
    private const int ClaimedHere = 2;
    private const int NotAhead = 3;

    private readonly ImmutableArray<AdditionalText> _files;
    private readonly Func<AdditionalText, TOutcome> _analyze;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, int> _indexByPath = new(StringComparer.Ordinal);
    private readonly int[] _claims;
    private readonly TaskCompletionSource<TOutcome>?[] _outcomes;
    private readonly int _workers;
    private int _lastAsked = -2;
    private int _cursor = -1;
    private int _started;

    public TemplateSweep(ImmutableArray<AdditionalText> files, Func<AdditionalText, bool> wanted, Func<AdditionalText, TOutcome> analyze, int workers, CancellationToken cancellationToken)
    {
        _files = files;
        _analyze = analyze;
        _cancellationToken = cancellationToken;
        _workers = workers;
        _claims = new int[files.Length];
        _outcomes = new TaskCompletionSource<TOutcome>?[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            if (!wanted(files[i]))
            {
                _claims[i] = NotAhead;
            }

            if (!_indexByPath.ContainsKey(files[i].Path))
            {
                _indexByPath.Add(files[i].Path, i);
            }
        }
    }

    /// <summary>Files analysed by a worker rather than by the compiler's thread (for tests).</summary>
    internal int AnalysedAhead;

    /// <summary>The outcome for a file: analysed ahead, or now on the calling thread.</summary>
    public TOutcome Get(AdditionalText file)
    {
        if (!_indexByPath.TryGetValue(file.Path, out var index) || !ReferenceEquals(_files[index], file))
        {
            return _analyze(file);
        }

        var previous = Interlocked.Exchange(ref _lastAsked, index);
        if (previous == index - 1 && _workers > 0 && Interlocked.Exchange(ref _started, 1) == 0)
        {
            Interlocked.Exchange(ref _cursor, index);
            for (var w = 0; w < _workers; w++)
            {
                // Dedicated threads: the compiler's thread pool may be busy, and a starved pool adds a thread a second.
                Task.Factory.StartNew(Work, _cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }

        var claim = Interlocked.CompareExchange(ref _claims[index], ClaimedHere, Unclaimed);
        if (claim != ClaimedAhead)
        {
            return _analyze(file);
        }

        // A worker has it: its outcome is published right after the claim.
        TaskCompletionSource<TOutcome>? pending = null;
        SpinWait.SpinUntil(() => (pending = Volatile.Read(ref _outcomes[index])) is not null);
        // While it works, this thread analyses what comes after instead of waiting.
        while (!pending!.Task.IsCompleted && _started == 1 && TryAnalyzeNext())
        {
        }

        var outcome = pending.Task.GetAwaiter().GetResult();
        _outcomes[index] = null; // reported once: let it go
        return outcome;
    }

    private void Work()
    {
        while (TryAnalyzeNext())
        {
        }
    }

    /// <summary>Claims and analyses the next file nobody has claimed; false when there is none left (or on cancellation).</summary>
    private bool TryAnalyzeNext()
    {
        while (!_cancellationToken.IsCancellationRequested)
        {
            var next = Interlocked.Increment(ref _cursor);
            if (next >= _files.Length)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _claims[next], ClaimedAhead, Unclaimed) != Unclaimed)
            {
                continue;
            }

            var completion = new TaskCompletionSource<TOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _outcomes[next], completion);
            try
            {
                completion.SetResult(_analyze(_files[next]));
                Interlocked.Increment(ref AnalysedAhead);
            }
            catch (Exception e)
            {
                completion.SetException(e);
            }

            return true;
        }

        return false;
    }
}
