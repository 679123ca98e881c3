using System.Collections.Generic;
using LinkHygiene.Text;

namespace LinkHygiene.Razor;

internal sealed partial class RazorScanner
{
    /// <summary>
    /// Notes the branches of the <c>if/else</c> chains and <c>switch</c> statements written inside one code block
    /// (<c>@{ }</c>, the body of an <c>@if</c> branch), while <see cref="ScanCode"/> reads it, token by token, as it reads
    /// any C#. It only watches: what is masked, what renders and what is reported stay exactly as the code block's own
    /// reading makes them, so broken, half-typed code recovers as it always did (reading such a statement's blocks
    /// separately, as <c>@if</c>'s are, changed that). A statement is noted only while it reads as the language has it,
    /// with braces: <c>if (..) { } else if (..) { } else { }</c>, or <c>switch (..) { case ..: }</c>. At anything else,
    /// the branches read so far are kept and the statement is let go.
    /// <para>
    /// Branches exclude one another only where their statement runs once each time the code around it does ("straight"
    /// code). The body of a loop, a lambda, an anonymous method or a local function may run many times, each time taking
    /// another branch, so both links can be on the page. Loops are followed (for a body without braces, see
    /// <see cref="Phase.Rest"/>), and so is any other brace that follows ')' (a function's parameters), '=>' or
    /// <c>delegate</c> without belonging to a followed statement: both are <see cref="Kind.Repeating"/>.
    /// Nothing in them is read as branches, and the scanner is told (<see cref="IsStraight"/>) when markup it reads is
    /// there, so that an <c>@if</c> in that markup is not read as branches either.
    /// </para>
    /// </summary>
    private readonly struct CodeBranches
    {
        // Statements nested deeper than this in a template are not followed, and what follows the first of them in its
        // code block is not straight: LH013 walks every group around a link.
        private const int MaxOpenStatements = 64;

        private readonly RazorScanner _scanner;

        // The statements being read are the scanner's from this index on (those below are the enclosing code blocks'),
        // innermost last, each at the depth of the one before or deeper (a loop's body without braces stays open at its
        // depth while what follows it is read; see Phase.Rest). One list for all, made when the first statement is read.
        private readonly int _base;

        // Whether code is straight after all in the code blocks around this one (see MaxOpenStatements).
        private readonly bool _overflowAround;

        public CodeBranches(RazorScanner scanner)
        {
            _scanner = scanner;
            _base = scanner._statements?.Count ?? 0;
            _overflowAround = scanner._statementsOverflow;
        }

        private bool HasOpen => (_scanner._statements?.Count ?? 0) > _base;

        private Statement Innermost => _scanner._statements![_scanner._statements.Count - 1];

        public enum Kind
        {
            If,
            Switch,

            /// <summary>A statement whose one block runs once: using, lock, try, catch, finally and the like, or a bare block.</summary>
            Block,

            /// <summary>
            /// Code that may run many times: a loop (for, foreach, while, do), followed from its keyword, or the body of a
            /// lambda, an anonymous method or a local function, followed from its brace.
            /// </summary>
            Repeating,
        }

        public enum Phase
        {
            /// <summary>After the keyword: waits for '(' (or, for a block statement without a header, '{').</summary>
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

            /// <summary>
            /// A loop whose body has no braces. A body of one simple statement (<c>foreach (..) total += x;</c>) ends at
            /// its ';'; one that starts with a keyword (another statement) is not followed to its end, so the rest of the
            /// enclosing block, up to its next case label, is read as code that may repeat.
            /// </summary>
            Rest,
        }

        /// <summary>
        /// Called at each token of the code block (not at white space or comments) before it is read, with the number of
        /// brackets open around it and whether a statement may start there (markup could).
        /// </summary>
        public void Token(int at, int depth, bool atStatementStart)
        {
            var c = _scanner.At(at);
            var previous = _scanner._previousToken;
            _scanner._previousToken = at;
            if (at >= _scanner._statementStartsAfter)
            {
                atStatementStart = true;
                _scanner._statementStartsAfter = int.MaxValue;
            }

            // A statement waiting for a particular token takes it, or ends where something else comes.
            while (HasOpen && Innermost.IsWaiting)
            {
                var statement = Innermost;
                if (Takes(statement, at))
                {
                    return;
                }

                if (c != ';' && (statement.Phase is Phase.AfterHeader or Phase.Else || (statement.Kind == Kind.Repeating && statement.Phase == Phase.Keyword)))
                {
                    // a body without braces starts here, with a statement (if (a) using (..) { }, foreach (..) if (..) { })
                    atStatementStart = true;
                    if (statement.Kind == Kind.Repeating)
                    {
                        statement.BodyEndsAtSemicolon = IsSimpleStatementStart(at);
                        if (!statement.BodyEndsAtSemicolon && _scanner._statements!.Count - 2 >= _base
                            && _scanner._statements[_scanner._statements.Count - 2] is { Phase: Phase.Rest, BodyEndsAtSemicolon: false } rest
                            && rest.Depth == statement.Depth)
                        {
                            EndInnermost(); // the block's rest repeats already
                        }
                        else
                        {
                            statement.Phase = Phase.Rest;
                        }

                        break;
                    }
                }

                EndInnermost();
            }

            if (c == ';')
            {
                EndLoopsWithoutBraces(depth, onlySimpleBodies: true); // the body of one simple statement ends here
                return;
            }

            if (c == '#' && _scanner.AtLineStart(at))
            {
                // a preprocessor line (#region, #if): a statement may start on the next
                _scanner._statementStartsAfter = _scanner.EndOfLine(at);
                return;
            }

            if (c == '{')
            {
                if (atStatementStart)
                {
                    Open(Kind.Block, depth)?.OpenBlock(at, last: true);
                }
                else if (OpensRepeatedBody(previous))
                {
                    Open(Kind.Repeating, depth)?.OpenBlock(at, last: true);
                }

                return;
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

            if (IsWord(start, end, "await") || IsWord(start, end, "else"))
            {
                // "await using (..) { }", and an "else if" after a branch without braces: a statement starts after the word
                _scanner._statementStartsAfter = end;
            }
            else if (IsWord(start, end, "if"))
            {
                Open(Kind.If, depth);
            }
            else if (IsWord(start, end, "switch"))
            {
                Open(Kind.Switch, depth);
            }
            else if (IsBlockKeyword(start, end))
            {
                Open(Kind.Block, depth)?.IsUsing = IsWord(start, end, "using");
            }
            else if (IsWord(start, end, "for") || IsWord(start, end, "foreach") || IsWord(start, end, "while") || IsWord(start, end, "do"))
            {
                Open(Kind.Repeating, depth);
            }
            else if (HasOpen && _scanner.IsCaseLabel(start, end))
            {
                EndLoopsWithoutBraces(depth, onlySimpleBodies: false); // a label is never in a loop's body
                if (HasOpen && Innermost is { Kind: Kind.Switch, Phase: Phase.Block } body && depth == body.Depth + 1)
                {
                    body.Labels.Add(start);
                }
            }
        }

        /// <summary>
        /// Whether a simple statement, one that ends at its first ';' (<c>total += x;</c>, <c>Log(x);</c>), starts at
        /// <paramref name="at"/>: an identifier that is not a keyword starting another kind of statement, nor a label.
        /// </summary>
        private bool IsSimpleStatementStart(int at)
        {
            if (!IsIdentifierStart(_scanner.At(at)) || _scanner.IsStatementKeyword(at))
            {
                return false;
            }

            var end = _scanner.IdentifierEnd(at);
            if (IsWord(at, end, "await") || IsWord(at, end, "else") || IsBlockKeyword(at, end))
            {
                return false;
            }

            var next = _scanner.SkipSpaceAndNewlines(end);
            return _scanner.At(next) != ':' || _scanner.At(next + 1) == ':'; // a label, but not "global::"
        }

        /// <summary>Ends the loops without braces open at this depth (with <paramref name="onlySimpleBodies"/>: those whose body ends at ';').</summary>
        private void EndLoopsWithoutBraces(int depth, bool onlySimpleBodies)
        {
            while (HasOpen && Innermost is { Phase: Phase.Rest } loop && loop.Depth == depth && (loop.BodyEndsAtSemicolon || !onlySimpleBodies))
            {
                EndInnermost();
            }
        }

        /// <summary>Called after the closing bracket before <paramref name="after"/> has been read, with the number of brackets still open.</summary>
        public void Closed(int after, int depth)
        {
            while (HasOpen)
            {
                var statement = Innermost;
                if (depth < statement.Depth)
                {
                    // closed around the statement (a header left open, closed with the block around it)
                    EndInnermost();
                    continue;
                }

                if (depth > statement.Depth)
                {
                    return;
                }

                // Back at the statement's own depth: its header's '(' or its block's '{' has closed, and by its own kind
                // of bracket, as a closer closes the innermost opener of its kind (or a bracket in a loop's body without
                // braces). A statement waiting for a token has ended at this closer, in Token.
                if (statement.Phase == Phase.Header)
                {
                    statement.Phase = Phase.AfterHeader;
                }
                else if (statement.Phase == Phase.Block)
                {
                    if (statement.OpensForm)
                    {
                        _scanner._formText.Add(SourceSpan.FromBounds(statement.BlockStart, after));
                    }

                    statement.CloseBlock(after);
                    if (statement.Phase == Phase.Done)
                    {
                        EndInnermost();
                    }
                }

                return;
            }
        }

        /// <summary>
        /// Whether the code being read runs at most once each time the code block runs (not in a repeated block in it, nor
        /// in a loop's body or a template delegate around it).
        /// </summary>
        public bool IsStraight() =>
            _scanner._repeated == 0 && !_scanner._statementsOverflow && (!HasOpen || Innermost.Straight);

        /// <summary>Called where the code block ends (closed, or at the end of the text).</summary>
        public void End()
        {
            while (HasOpen)
            {
                EndInnermost();
            }

            _scanner._statementsOverflow = _overflowAround;
            _scanner._statementStartsAfter = int.MaxValue;
        }

        private Statement? Open(Kind kind, int depth)
        {
            if (_scanner._statements?.Count >= MaxOpenStatements)
            {
                _scanner._statementsOverflow = true;
                return null;
            }

            var statement = new Statement(kind, depth, kind != Kind.Repeating && IsStraight());
            (_scanner._statements ??= new()).Add(statement);
            return statement;
        }

        private bool Takes(Statement statement, int at)
        {
            var c = _scanner.At(at);
            switch (statement.Phase)
            {
                case Phase.Keyword when c == '(':
                    statement.Phase = Phase.Header;
                    statement.HeaderStart ??= at;
                    return true;
                case Phase.AfterHeader when c == '{' && statement.IsUsing && _scanner.OpensForm(statement.HeaderStart ?? at, at):
                    // using (Html.BeginForm()) { } in a code block, as @using's in markup (code review: a comment form shown
                    // only to a signed-in user, @if (signedIn) { using (Html.BeginForm()) { ... } })
                    statement.OpensForm = true;
                    statement.OpenBlock(at, last: true);
                    return true;
                case Phase.Keyword when c == '{' && statement.Kind is Kind.Block or Kind.Repeating: // do { }
                case Phase.AfterHeader when c == '{':
                case Phase.Else when c == '{':
                    statement.OpenBlock(at, last: statement.Kind != Kind.If || statement.Phase == Phase.Else);
                    return true;
                case Phase.AfterHeader when statement.Kind == Kind.Block && (IsWordAt(at, "when") || IsWordAt(at, "using")):
                    statement.Phase = Phase.Keyword; // catch (E) when (filter) { }, using (a) using (b) { }
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
            var statement = Innermost;
            _scanner._statements!.RemoveAt(_scanner._statements.Count - 1);
            if (statement.Straight && statement.Branches is { Count: > 1 } branches)
            {
                _scanner._branches.Add(branches);
            }
        }

        /// <summary>
        /// Whether a brace (not at a statement's start, and not a followed statement's) after the token at
        /// <paramref name="previous"/> opens a body that may run many times: it follows ')' (a loop's header, a function's
        /// parameters; an object initializer's too, which holds no markup), '=>' or <c>delegate</c>.
        /// </summary>
        private bool OpensRepeatedBody(int previous)
        {
            var c = _scanner.At(previous);
            return c == ')' || (c == '>' && _scanner.At(previous - 1) == '=') || IsWordAt(previous, "delegate");
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

        private bool IsBlockKeyword(int start, int end) =>
            IsWord(start, end, "using") || IsWord(start, end, "lock") || IsWord(start, end, "try") || IsWord(start, end, "catch")
            || IsWord(start, end, "finally") || IsWord(start, end, "checked") || IsWord(start, end, "unchecked")
            || IsWord(start, end, "unsafe") || IsWord(start, end, "fixed");

        /// <summary>An if/else chain, a switch, or a statement or body with one block, being read.</summary>
        public sealed class Statement
        {
            private int _blockStart;
            private bool _lastBlock;
            private List<SourceSpan>? _branches;
            private List<int>? _labels;

            public Statement(Kind kind, int depth, bool straight)
            {
                Kind = kind;
                Depth = depth;
                Straight = straight;
            }

            public Kind Kind { get; }

            /// <summary>
            /// Whether the statement runs at most once each time its code block runs, so that its branches exclude one
            /// another, and so does code in its blocks (never for a repeated block).
            /// </summary>
            public bool Straight { get; }

            /// <summary>The number of brackets open where the statement starts; its header and blocks open one more.</summary>
            public int Depth { get; }

            public Phase Phase { get; set; }

            public bool IsWaiting => Phase is Phase.Keyword or Phase.AfterHeader or Phase.AfterBlock or Phase.Else;

            /// <summary>Whether it is a using statement.</summary>
            public bool IsUsing { get; set; }

            /// <summary>Where its first header's '(' is (<c>using (a) using (b) { }</c>: the first's), once read.</summary>
            public int? HeaderStart { get; set; }

            /// <summary>Whether it is a using statement that writes a form around its block (<c>using (Html.BeginForm())</c>).</summary>
            public bool OpensForm { get; set; }

            /// <summary>Where its block's '{' is.</summary>
            public int BlockStart => _blockStart;

            /// <summary>For a loop whose body has no braces: whether that body is one simple statement, ending at ';'.</summary>
            public bool BodyEndsAtSemicolon { get; set; }

            /// <summary>The branches read to the end: an if's blocks, or a switch's sections once its body has closed.</summary>
            public List<SourceSpan>? Branches => _branches;

            /// <summary>Where each case or default label of a switch's body starts.</summary>
            public List<int> Labels => _labels ??= new();

            public void OpenBlock(int at, bool last)
            {
                Phase = Phase.Block;
                _blockStart = at;
                _lastBlock = last;
            }

            /// <summary>An if's block closed (it may be followed by else), or a switch's body (it has its sections).</summary>
            public void CloseBlock(int after)
            {
                if (Kind == Kind.Switch)
                {
                    _branches = _labels is { Count: > 1 } labels ? SwitchSections(labels, after) : null;
                    Phase = Phase.Done;
                    return;
                }

                if (Kind == Kind.If)
                {
                    (_branches ??= new()).Add(SourceSpan.FromBounds(_blockStart, after));
                }

                Phase = _lastBlock ? Phase.Done : Phase.AfterBlock;
            }
        }
    }
}
