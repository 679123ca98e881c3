// JIT compilation in one process, from an EventPipe trace with the runtime's JIT events and their stacks: how many
// methods, how long from "jitting started" to "method loaded" (type loads on the way included), by tier, and
// charged to the first frame of our code or of a library we ship (the code whose first use asked for it).
// Usage: JitTime <trace.nettrace> [callers to list] [caller text to list the methods of]
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

var top = args.Length > 1 ? int.Parse(args[1]) : 30;
var etlx = TraceLog.CreateFromEventPipeDataFile(args[0]);
using var log = new TraceLog(etlx);
var started = new Dictionary<long, (double At, string Name, string Module, string Caller)>();
var jitted = new List<(string Name, double Ms, string Tier, string Module, string Caller)>();
string[] owners = { "linkhygiene", "LinkHygiene.", "AngleSharp", "System.CommandLine", "Microsoft.CodeAnalysis", "StreamJsonRpc" };
foreach (var ev in log.Events)
{
    if (ev is MethodJittingStartedTraceData start)
    {
        var (module, caller) = ("(runtime)", "(no managed frame)");
        for (var frame = ev.CallStack(); frame is not null; frame = frame.Caller)
        {
            var name = frame.CodeAddress.ModuleName ?? string.Empty;
            if (owners.Any(o => name.StartsWith(o, StringComparison.Ordinal)))
            {
                (module, caller) = (name, frame.CodeAddress.FullMethodName ?? "?");
                break;
            }
        }

        started[start.MethodID] = (ev.TimeStampRelativeMSec, start.MethodNamespace + "::" + start.MethodName, module, caller);
    }
    else if (ev is MethodLoadUnloadVerboseTraceData load && started.Remove(load.MethodID, out var s))
    {
        jitted.Add((s.Name, ev.TimeStampRelativeMSec - s.At, load.OptimizationTier.ToString(), s.Module, s.Caller));
    }
}

Console.WriteLine($"{jitted.Count} methods compiled, {jitted.Sum(j => j.Ms):F1} ms");
foreach (var tier in jitted.GroupBy(j => j.Tier))
{
    Console.WriteLine($"  {tier.Key}: {tier.Count()} methods, {tier.Sum(j => j.Ms):F1} ms");
}

Console.WriteLine("by the module whose code asked first:");
foreach (var module in jitted.GroupBy(j => j.Module).OrderByDescending(g => g.Sum(j => j.Ms)))
{
    Console.WriteLine($"  {module.Sum(j => j.Ms),7:F1} ms {module.Count(),4} {module.Key}");
}

Console.WriteLine("by caller:");
foreach (var caller in jitted.GroupBy(j => j.Module + " " + j.Caller).OrderByDescending(g => g.Sum(j => j.Ms)).Take(top))
{
    Console.WriteLine($"  {caller.Sum(j => j.Ms),7:F1} ms {caller.Count(),4} {caller.Key}");
}

if (args.Length > 2)
{
    Console.WriteLine($"compiled for callers containing '{args[2]}':");
    foreach (var j in jitted.Where(j => j.Caller.Contains(args[2], StringComparison.Ordinal)).OrderByDescending(j => j.Ms))
    {
        Console.WriteLine($"  {j.Ms,6:F2} ms {j.Tier} {j.Name}");
    }
}
