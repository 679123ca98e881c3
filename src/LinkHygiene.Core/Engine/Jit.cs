using System.Runtime.CompilerServices;

namespace LinkHygiene.Engine;

/// <summary>
/// What the loops that read a template character by character ask of the JIT. In a cold build the compiler server
/// runs the analyzer while it is still compiling Roslyn's own methods, and tiered compilation promotes a method only
/// after no new method has been compiled for a while (100 ms): until then these loops run as quick, unoptimized code,
/// with no inlining and a call for every character test. The server loads analyzers from memory, so it cannot use
/// ReadyToRun code instead. Measured in docs/performance.md (the sixty-fifth stop): the server's CPU in a cold build of
/// the corpus, 6.1 s to 5.2 s.
/// </summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (optimized at the first call, never tiered), which netstandard2.0
    /// does not name; runtimes without tiered compilation (.NET Framework) ignore it. Only for methods that loop over a
    /// template's characters or tokens: such a method is compiled once, fully, and never with profile data.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
