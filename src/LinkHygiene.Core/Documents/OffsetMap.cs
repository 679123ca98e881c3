using System.Collections.Generic;

namespace LinkHygiene.Documents;

/// <summary>
/// A map from offsets in a template to what starts there, in one small dictionary for each 4,096 characters, so that no
/// table of a large page reaches the large object heap (see <see cref="TokenList"/>). Values come in order of offset.
/// </summary>
internal sealed class OffsetMap<T>
    where T : class
{
    private const int Shift = 12;
    private readonly int _shardCapacity;
    private Dictionary<int, T>?[] _shards = new Dictionary<int, T>?[4];

    /// <param name="expected">About how many entries there will be in all, for a text of <paramref name="length"/> characters.</param>
    /// <param name="length">The text's length.</param>
    public OffsetMap(int expected = 0, int length = 0)
    {
        // Each shard sized for its share once, instead of grown by doubling (3,000 entries are 72 KB: still small objects).
        _shardCapacity = length <= 0 ? 0 : (int)System.Math.Min(System.Math.Min(3000L, expected), ((long)expected << Shift) / length + 1);
    }

    public int Count { get; private set; }

    public IEnumerable<T> Values
    {
        get
        {
            foreach (var shard in _shards)
            {
                if (shard is null)
                {
                    continue;
                }

                var keys = new List<int>(shard.Keys);
                keys.Sort();
                foreach (var key in keys)
                {
                    yield return shard[key];
                }
            }
        }
    }

    /// <summary>
    /// The values that match, in order of offset: only they are sorted, so this costs one look at each value when few
    /// match, where <see cref="Values"/> sorts every offset.
    /// </summary>
    public List<T> FindAll(System.Func<T, bool> match)
    {
        List<KeyValuePair<int, T>>? found = null;
        foreach (var shard in _shards)
        {
            if (shard is null)
            {
                continue;
            }

            foreach (var entry in shard)
            {
                if (match(entry.Value))
                {
                    (found ??= new List<KeyValuePair<int, T>>()).Add(entry);
                }
            }
        }

        if (found is null)
        {
            return new List<T>(0);
        }

        found.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        return found.ConvertAll(static entry => entry.Value);
    }

    public T this[int offset]
    {
        get => TryGetValue(offset, out var value) ? value : throw new KeyNotFoundException();
        set
        {
            var shard = ShardFor(offset);
            var before = shard.Count;
            shard[offset] = value;
            Count += shard.Count - before;
        }
    }

    public bool TryGetValue(int offset, out T value)
    {
        if (ShardOf(offset) is { } shard && shard.TryGetValue(offset, out var found))
        {
            value = found;
            return true;
        }

        value = null!;
        return false;
    }

    public bool ContainsKey(int offset) => TryGetValue(offset, out _);

    public void Add(int offset, T value)
    {
        ShardFor(offset).Add(offset, value);
        Count++;
    }

    public bool Remove(int offset)
    {
        if (ShardOf(offset) is { } shard && shard.Remove(offset))
        {
            Count--;
            return true;
        }

        return false;
    }

    public void Clear()
    {
        _shards = new Dictionary<int, T>?[4];
        Count = 0;
    }

    /// <summary>The part an offset's entry would be in, if it has been made (the offset -1, which AngleSharp gives an implied element, is looked up: nothing starts there).</summary>
    private Dictionary<int, T>? ShardOf(int offset) =>
        offset >= 0 && (offset >> Shift) < _shards.Length ? _shards[offset >> Shift] : null;

    /// <summary>The part for an offset's entry, made if it is not yet.</summary>
    private Dictionary<int, T> ShardFor(int offset)
    {
        if (offset < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(offset));
        }

        var index = offset >> Shift;
        if (index >= _shards.Length)
        {
            var grown = new Dictionary<int, T>?[System.Math.Max(index + 1, _shards.Length * 2)];
            System.Array.Copy(_shards, grown, _shards.Length);
            _shards = grown;
        }

        return _shards[index] ??= new Dictionary<int, T>(_shardCapacity);
    }
}
