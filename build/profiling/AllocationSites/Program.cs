using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
var etlx = TraceLog.CreateFromEventPipeDataFile(args[0]);
using var log = new TraceLog(etlx);
var byType = new Dictionary<string, long>();
var bySite = new Dictionary<string, long>();
long total = 0;
foreach (var ev in log.Events)
{
    if (ev is not GCAllocationTickTraceData tick) continue;
    long amount = tick.AllocationAmount64;
    total += amount;
    byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + amount;
    var stack = ev.CallStack();
    var frames = new List<string>();
    for (var s = stack; s != null && frames.Count < 40; s = s.Caller)
        frames.Add(s.CodeAddress.FullMethodName ?? "?");
    var ours = frames.FindIndex(f => f.StartsWith("LinkHygiene.", StringComparison.Ordinal) && !f.StartsWith("LinkHygiene.Benchmarks", StringComparison.Ordinal));
    var site = ours < 0 ? "(none) " + string.Join(" <- ", frames.Take(3)) : string.Join(" <- ", frames.Skip(Math.Max(0, ours - 1)).Take(3));
    var key = tick.TypeName + " @ " + site;
    bySite[key] = bySite.GetValueOrDefault(key) + amount;
}
Console.WriteLine($"total sampled {total / 1048576.0:F0} MB");
foreach (var (k, v) in byType.OrderByDescending(kv => kv.Value).Take(25)) Console.WriteLine($"{100.0 * v / total,5:F1}% {k}");
Console.WriteLine("--- sites ---");
foreach (var (k, v) in bySite.OrderByDescending(kv => kv.Value).Take(int.Parse(args.Length > 1 ? args[1] : "60"))) Console.WriteLine($"{100.0 * v / total,5:F1}% {k}");
