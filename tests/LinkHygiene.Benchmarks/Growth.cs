using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Testing;

namespace LinkHygiene.Benchmarks;

/// <summary>
/// Whole-engine time against input size for each shape in <see cref="SyntheticTemplates"/>, 1 KB to 10 MB (the size
/// limit lifted). Linear growth shows as a flat µs/KB column; the last column is the 10 MB time over 10 × the 1 MB one.
/// </summary>
public static class Growth
{
    private static readonly int[] Sizes = { 1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20 };

    public static void Run()
    {
        var options = new DictionaryOptionSource(new Dictionary<string, string> { ["link_hygiene.max_file_size_kb"] = "20480" });
        Console.WriteLine($"{"shape",-24}{string.Concat(Sizes.Select(s => $"{Label(s),18}"))}  10MB/(10x1MB)");
        foreach (var (name, make) in SyntheticTemplates.Shapes)
        {
            var times = new List<double>();
            foreach (var size in Sizes)
            {
                var (path, text) = make(size);
                LinkHygieneEngine.Analyze(path, text, options); // warm up (and JIT)
                var repeat = Math.Max(1, (4 << 20) / size);
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < repeat; i++)
                {
                    LinkHygieneEngine.Analyze(path, text, options);
                }

                times.Add(watch.Elapsed.TotalMilliseconds / repeat);
            }

            var cells = times.Select((ms, i) => $"{ms,9:F2}ms {ms * 1000 / (Sizes[i] / 1024.0),4:F0}µs/KB");
            Console.WriteLine($"{name,-24}{string.Concat(cells.Select(c => $"{c,18}"))}  {times[4] / (10 * times[3]),6:F2}");
        }
    }

    private static string Label(int size) => size >= 1 << 20 ? $"{size >> 20} MB" : $"{size >> 10} KB";
}
