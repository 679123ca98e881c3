using System.Collections.Generic;

namespace LinkHygiene.Documents;

/// <summary>
/// A map from offsets in a template to what starts there, in one small table for each 4,096 characters, so that no table
/// of a large page reaches the large object heap (see <see cref="TokenList"/>). Each table keeps its offsets sorted, in
/// an array beside its values: what the tokenizer records comes in order of offset and is added at the end, and a look-up
/// is a binary search of a few dozen offsets.
/// </summary>
/// <remarks>
/// It replaced a dictionary for each 4,096 characters, whose entries (a hash, a link, the key and the value: 24 bytes, and
/// 4 in its buckets) were 3.7% of all a documentation page's reading allocated; an entry here is 12 bytes (2.8%, with the
/// parts that outgrow the share they were sized for doubled). Values come out in order of offset without sorting.
/// </remarks>
internal sealed class OffsetMap<T>
    where T : class
{
    private const int Shift = 12;
    private readonly int _shardCapacity;
    private Shard?[] _shards = new Shard?[4];

    /// <param name="expected">About how many entries there will be in all, for a text of <paramref name="length"/> characters.</param>
    /// <param name="length">The text's length.</param>
    public OffsetMap(int expected = 0, int length = 0)
    {
        // Each part sized for its share once, instead of grown by doubling (3,000 entries are 36 KB: still small objects).
        _shardCapacity = length <= 0 ? 0 : (int)System.Math.Min(System.Math.Min(3000L, expected), ((long)expected << Shift) / length + 1);
    }

    public int Count { get; private set; }

    /// <summary>Every value, in order of offset.</summary>
    public IEnumerable<T> Values
    {
        get
        {
            foreach (var shard in _shards)
            {
                for (var i = 0; shard is not null && i < shard.Count; i++)
                {
                    yield return shard.Values[i];
                }
            }
        }
    }

    /// <summary>The values that match, in order of offset.</summary>
    public List<T> FindAll(System.Func<T, bool> match)
    {
        var found = new List<T>(0);
        foreach (var shard in _shards)
        {
            for (var i = 0; shard is not null && i < shard.Count; i++)
            {
                if (match(shard.Values[i]))
                {
                    found.Add(shard.Values[i]);
                }
            }
        }

        return found;
    }

    public T this[int offset]
    {
        get => TryGetValue(offset, out var value) ? value : throw new KeyNotFoundException();
        set => Put(offset, value, replace: true);
    }

    public bool TryGetValue(int offset, out T value)
    {
        if (ShardOf(offset) is { } shard && shard.IndexOf(offset) is var index && index >= 0)
        {
            value = shard.Values[index];
            return true;
        }

        value = null!;
        return false;
    }

    public bool ContainsKey(int offset) => TryGetValue(offset, out _);

    /// <exception cref="System.ArgumentException">An entry has that offset already (as a dictionary's Add).</exception>
    public void Add(int offset, T value) => Put(offset, value, replace: false);

    public bool Remove(int offset)
    {
        if (ShardOf(offset) is { } shard && shard.IndexOf(offset) is var index && index >= 0)
        {
            shard.RemoveAt(index);
            Count--;
            return true;
        }

        return false;
    }

    public void Clear()
    {
        _shards = new Shard?[4];
        Count = 0;
    }

    private void Put(int offset, T value, bool replace)
    {
        var shard = ShardFor(offset);
        var index = shard.IndexOf(offset);
        if (index >= 0)
        {
            if (!replace)
            {
                throw new System.ArgumentException($"An entry at offset {offset} is in the map already.", nameof(offset));
            }

            shard.Values[index] = value;
            return;
        }

        shard.Insert(~index, offset, value);
        Count++;
    }

    /// <summary>The part an offset's entry would be in, if it has been made (the offset -1, which AngleSharp gives an implied element, is looked up: nothing starts there).</summary>
    private Shard? ShardOf(int offset) =>
        offset >= 0 && (offset >> Shift) < _shards.Length ? _shards[offset >> Shift] : null;

    /// <summary>The part for an offset's entry, made if it is not yet.</summary>
    private Shard ShardFor(int offset)
    {
        if (offset < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(offset));
        }

        var index = offset >> Shift;
        if (index >= _shards.Length)
        {
            var grown = new Shard?[System.Math.Max(index + 1, _shards.Length * 2)];
            System.Array.Copy(_shards, grown, _shards.Length);
            _shards = grown;
        }

        return _shards[index] ??= new Shard(_shardCapacity);
    }

    /// <summary>The entries of 4,096 characters: their offsets in order, and their values beside them.</summary>
    private sealed class Shard
    {
        public Shard(int capacity)
        {
            Keys = new int[System.Math.Max(4, capacity)];
            Values = new T[Keys.Length];
        }

        public int[] Keys { get; private set; }

        public T[] Values { get; private set; }

        public int Count { get; private set; }

        /// <summary>Where an offset's entry is, or the complement of where it would go (as <see cref="System.Array.BinarySearch(System.Array, object)"/>).</summary>
        public int IndexOf(int offset) =>
            Count == 0 || Keys[Count - 1] < offset ? ~Count : System.Array.BinarySearch(Keys, 0, Count, offset);

        public void Insert(int index, int offset, T value)
        {
            if (Count == Keys.Length)
            {
                var keys = Keys;
                var values = Values;
                System.Array.Resize(ref keys, Count * 2);
                System.Array.Resize(ref values, Count * 2);
                (Keys, Values) = (keys, values);
            }

            if (index < Count)
            {
                System.Array.Copy(Keys, index, Keys, index + 1, Count - index);
                System.Array.Copy(Values, index, Values, index + 1, Count - index);
            }

            Keys[index] = offset;
            Values[index] = value;
            Count++;
        }

        public void RemoveAt(int index)
        {
            Count--;
            System.Array.Copy(Keys, index + 1, Keys, index, Count - index);
            System.Array.Copy(Values, index + 1, Values, index, Count - index);
            Values[Count] = null!;
        }
    }
}
