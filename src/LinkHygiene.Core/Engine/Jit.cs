using System.Runtime.CompilerServices;

namespace LinkHygiene.Engine;

/// <summary>
/// What the loops that read a template character by character ask of the JIT. In a cold build the compiler server
/// runs the analyzer while it is still compiling Roslyn's own methods, and tiered compilation promotes a method only
/// after no new method has been compiled for a while (100 ms). A long loop is moved to optimized code partway through
/// its call (on-stack replacement), but a method called once for each tag or token, whose loop is short, runs as
/// quick, unoptimized code until then: no inlining, and a call for every character test. The package ships IL, and the
/// server on Linux loads analyzers from memory, where ReadyToRun code is not used. The methods marked are those a
/// profile of a cold build found running so (docs/performance.md, the sixty-fifth stop: the server's CPU in a cold
/// build of the corpus, 6.1-6.4 s to 5.2-5.8 s); marking three more (the DOM walk, the id search, the tokens-only
/// reading) gained nothing measurable.
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
