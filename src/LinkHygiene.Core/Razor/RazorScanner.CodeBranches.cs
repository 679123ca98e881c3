using System.Collections.Generic;
using LinkHygiene.Text;

namespace LinkHygiene.Razor;

internal sealed partial class RazorScanner
{
    /// <summary>
    /// Notes the branches of the <c>if/else</c> chains and <c>switch</c> statements written inside one code block
    /// (<c>@{ }</c>, the body of an <c>@foreach</c> or of an <c>@if</c> branch), while <see cref="ScanCode"/> reads it,
    /// token by token, as it reads any C#. It only watches: what is masked, what renders and what is reported stay
    /// exactly as the code block's own reading makes them, so broken, half-typed code recovers as it always did
    /// (reading such a statement's blocks separately, as <c>@if</c>'s are, changed that). A statement is noted only
    /// while it reads as the language has it, with braces: <c>if (..) { } else if (..) { } else { }</c>, or
    /// <c>switch (..) { case ..: }</c>. At anything else, the branches read so far are kept and the statement is let go.
    /// </summary>
    private sealed class CodeBranches
    {
        private readonly RazorScanner _scanner;

        // The statements being read, innermost last: one per depth of brackets at most, each deeper than the one before.
        private readonly List<Statement> _open = new();

        public CodeBranches(RazorScanner scanner) => _scanner = scanner;

        private enum Phase
        {
            /// <summary>After <c>if</c> or <c>switch</c>: waits for '('.</summary>
            Keyword,

            /// <summary>Inside the parenthesised header.</summary>
            Header,

            /// <summary>After the header: waits for '{'.</summary>
            AfterHeader,

            /// <summary>Inside a branch's braces (or a switch's body).</summary>
            Block,

            /// <summary>After an if's branch: waits for <c>else</c>.</summary>
            AfterBlock,

            /// <summary>After <c>else</c>: waits for <c>if</c> or '{'.</summary>
            Else,

            /// <summary>The last branch (an else's block, a switch's body) has closed.</summary>
            Done,
        }

        /// <summary>
        /// Called at each token of the code block (not at white space or comments) before it is read, with the number of
        /// brackets open around it and whether a statement may start there (markup could).
        /// </summary>
        public void Token(int at, int depth, bool atStatementStart)
        {
            // A statement waiting for a particular token takes it, or ends where something else comes.
            while (_open.Count > 0 && _open[_open.Count - 1].IsWaiting)
            {
                if (Takes(_open[_open.Count - 1], at))
                {
                    return;
                }

                EndInnermost();
            }

            if (!atStatementStart)
            {
                return;
            }

            var (start, end) = WordAt(at);
            if (end == start)
            {
                return;
            }

            if (IsWord(start, end, "if") || IsWord(start, end, "switch"))
            {
                _open.Add(new Statement(IsWord(start, end, "switch"), depth));
            }
            else if (_open.Count > 0
                && _open[_open.Count - 1] is { IsSwitch: true, Phase: Phase.Block } body
                && depth == body.Depth + 1
                && _scanner.IsCaseLabel(start, end))
            {
                body.Labels.Add(start);
            }
        }

        /// <summary>Called after the closing bracket before <paramref name="after"/> has been read, with the number of brackets still open.</summary>
        public void Closed(int after, int depth)
        {
            while (_open.Count > 0)
            {
                var statement = _open[_open.Count - 1];
                if (depth < statement.Depth)
                {
                    // closed around the statement (a '}' of an enclosing block, or a stray closer)
                    EndInnermost();
                    continue;
                }

                if (depth > statement.Depth)
                {
                    return;
                }

                // Back at the statement's own depth: its header's '(' or its block's '{' has closed, and by its own kind
                // of bracket, as a closer closes the innermost opener of its kind. (A statement waiting for a token has
                // ended at this closer, in Token.)
                if (statement.Phase == Phase.Header)
                {
                    statement.Phase = Phase.AfterHeader;
                }
                else
                {
                    statement.CloseBlock(after);
                    if (statement.Phase == Phase.Done)
                    {
                        EndInnermost();
                    }
                }

                return;
            }
        }

        /// <summary>Called where the code block ends (closed, or at the end of the text).</summary>
        public void End()
        {
            while (_open.Count > 0)
            {
                EndInnermost();
            }
        }

        private bool Takes(Statement statement, int at)
        {
            var c = _scanner.At(at);
            switch (statement.Phase)
            {
                case Phase.Keyword when c == '(':
                    statement.Phase = Phase.Header;
                    return true;
                case Phase.AfterHeader when c == '{':
                case Phase.Else when c == '{':
                    statement.OpenBlock(at, last: statement.Phase == Phase.Else);
                    return true;
                case Phase.Else when IsWordAt(at, "if"):
                    statement.Phase = Phase.Keyword;
                    return true;
                case Phase.AfterBlock when IsWordAt(at, "else"):
                    statement.Phase = Phase.Else;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Lets the innermost statement go, keeping its branches when it has read two or more.</summary>
        private void EndInnermost()
        {
            var statement = _open[_open.Count - 1];
            _open.RemoveAt(_open.Count - 1);
            if (statement.Branches.Count > 1)
            {
                _scanner._branches.Add(statement.Branches);
            }
        }

        /// <summary>The identifier at <paramref name="at"/>, after an '@' if there is one (<c>@if</c> in a code block is C#'s if).</summary>
        private (int Start, int End) WordAt(int at)
        {
            var start = _scanner.At(at) == '@' ? at + 1 : at;
            return IsIdentifierStart(_scanner.At(start)) ? (start, _scanner.IdentifierEnd(start)) : (at, at);
        }

        private bool IsWordAt(int at, string word)
        {
            var (start, end) = WordAt(at);
            return start == at && IsWord(start, end, word);
        }

        private bool IsWord(int start, int end, string word) =>
            end - start == word.Length && string.CompareOrdinal(_scanner._s, start, word, 0, word.Length) == 0;

        /// <summary>An if/else chain or a switch statement being read.</summary>
        private sealed class Statement
        {
            private int _blockStart;
            private bool _lastBlock;

            public Statement(bool isSwitch, int depth)
            {
                IsSwitch = isSwitch;
                Depth = depth;
            }

            public bool IsSwitch { get; }

            /// <summary>The number of brackets open where the statement starts; its header and blocks open one more.</summary>
            public int Depth { get; }

            public Phase Phase { get; set; }

            public bool IsWaiting => Phase is Phase.Keyword or Phase.AfterHeader or Phase.AfterBlock or Phase.Else;

            /// <summary>The branches read to the end: an if's blocks, or a switch's sections once its body has closed.</summary>
            public List<SourceSpan> Branches { get; } = new();

            /// <summary>Where each case or default label of a switch's body starts.</summary>
            public List<int> Labels { get; } = new();

            public void OpenBlock(int at, bool last)
            {
                Phase = Phase.Block;
                _blockStart = at;
                _lastBlock = last;
            }

            /// <summary>An if's block closed (it may be followed by else), or a switch's body (it has its sections).</summary>
            public void CloseBlock(int after)
            {
                if (IsSwitch)
                {
                    for (var k = 0; k < Labels.Count; k++)
                    {
                        Branches.Add(SourceSpan.FromBounds(Labels[k], k + 1 < Labels.Count ? Labels[k + 1] : after));
                    }

                    Phase = Phase.Done;
                    return;
                }

                Branches.Add(SourceSpan.FromBounds(_blockStart, after));
                Phase = _lastBlock ? Phase.Done : Phase.AfterBlock;
            }
        }
    }
}
