using System;
using System.Collections;
using System.Collections.Generic;

namespace LinkHygiene.Documents;

/// <summary>
/// A template's tokens in order, kept in blocks of 2,048 (24 KB) rather than one array, each in 12 bytes: its start,
/// its end, and its kind with the number of its name in the list's names.
/// </summary>
/// <remarks>
/// An array of 85,000 bytes or more goes to the large object heap, and what is allocated there is only collected with
/// everything else: the one array of a large page's tokens (24 bytes each then: 3,500 tokens filled it) and its tables made
/// the runtime collect its whole heap again and again (docs/performance.md, "A seventieth stop"). Blocks are small
/// objects, collected young with the rest of a page. A <see cref="Token"/> holds its name (a reference: 24 bytes with
/// padding); a page has thousands of tags and a few dozen names, so each name is kept once here, and a token made again
/// when it is read.
/// </remarks>
internal sealed class TokenList : IReadOnlyList<Token>
{
    private const int Shift = 11;
    private const int BlockSize = 1 << Shift;
    private const int Mask = BlockSize - 1;
    private const int KindBits = 3;

    private readonly int _firstSize;
    private Packed[][] _blocks = new Packed[1][];
    private int _filled; // blocks in use

    // The names, the empty one first (a text's, a comment's), and where each is; the last name added is looked for first
    // (an element's end tag, a list's items).
    private readonly List<string> _names = new() { string.Empty };
    private readonly Dictionary<string, int> _nameNumbers = new(StringComparer.Ordinal);
    private string _lastName = string.Empty;
    private int _lastNumber;

    /// <param name="capacity">About how many tokens there will be: the first block starts at that size (up to a block's), and grows by doubling.</param>
    public TokenList(int capacity = 16)
    {
        _firstSize = Math.Max(4, Math.Min(BlockSize, capacity));
    }

    public int Count { get; private set; }

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var packed = _blocks[index >> Shift][index & Mask];
            return new Token((TokenKind)(packed.Code & ((1 << KindBits) - 1)), packed.Start, packed.End, _names[packed.Code >> KindBits]);
        }
    }

    public void Add(Token token)
    {
        var offset = Count & Mask;
        if (offset == 0)
        {
            if (_filled == _blocks.Length)
            {
                Array.Resize(ref _blocks, _blocks.Length * 2);
            }

            _blocks[_filled] ??= new Packed[_filled == 0 ? _firstSize : BlockSize];
            _filled++;
        }

        var block = _blocks[_filled - 1];
        if (offset == block.Length)
        {
            // (only the first block is ever short: a small template's tokens take no more than a list's would)
            Array.Resize(ref block, Math.Min(BlockSize, block.Length * 2));
            _blocks[_filled - 1] = block;
        }

        block[offset] = Pack(token);
        Count++;
    }

    private Packed Pack(Token token) => new(token.Start, token.End, (int)token.Kind | (NumberOf(token.Name) << KindBits));

    private int NumberOf(string name)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        if (ReferenceEquals(name, _lastName))
        {
            return _lastNumber;
        }

        if (!_nameNumbers.TryGetValue(name, out var number))
        {
            number = _names.Count;
            _names.Add(name);
            _nameNumbers.Add(name, number);
        }

        (_lastName, _lastNumber) = (name, number);
        return number;
    }

    public void AddRange(IEnumerable<Token> tokens)
    {
        foreach (var token in tokens)
        {
            Add(token);
        }
    }

    /// <summary>Empties the list (its blocks are kept, cleared, for what is added next).</summary>
    public void Clear()
    {
        for (var b = 0; b < _filled; b++)
        {
            Array.Clear(_blocks[b], 0, _blocks[b].Length);
        }

        _filled = 0;
        Count = 0;
        _names.RemoveRange(1, _names.Count - 1);
        _nameNumbers.Clear();
        (_lastName, _lastNumber) = (string.Empty, 0);
    }

    /// <summary>Sorts the tokens as <see cref="List{T}.Sort(Comparison{T})"/> does (the same algorithm, so equal ones end in the same order).</summary>
    public void Sort(Comparison<Token> comparison)
    {
        var all = new Token[Count];
        for (var i = 0; i < Count; i++)
        {
            all[i] = this[i];
        }

        Array.Sort(all, comparison);
        for (var i = 0; i < Count; i++)
        {
            _blocks[i >> Shift][i & Mask] = Pack(all[i]);
        }
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A token as kept: its kind in the low bits of <see cref="Code"/>, the number of its name above them.</summary>
    private readonly struct Packed
    {
        public readonly int Start;
        public readonly int End;
        public readonly int Code;

        public Packed(int start, int end, int code)
        {
            Start = start;
            End = end;
            Code = code;
        }
    }

    public struct Enumerator : IEnumerator<Token>
    {
        private readonly TokenList _list;
        private int _index;

        internal Enumerator(TokenList list)
        {
            _list = list;
            _index = -1;
        }

        public Token Current => _list[_index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _list.Count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
