using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

public sealed partial class InteractionMatrix
{
    /// <summary>Builds the matrix from interaction records (ids are case-sensitive, trimmed).</summary>
    /// <exception cref="InputDataException">Empty input, an empty id, a non-finite value, a rating outside
    /// <see cref="InteractionOptions.Scale"/>, a non-positive implicit value, or a duplicate under <see cref="DuplicatePolicy.Reject"/>.</exception>
    public static InteractionMatrix FromInteractions(IEnumerable<Interaction> interactions, InteractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var rows = new List<(string User, string Item, double Value)>();
        List<long>? times = null;
        int n = 0;
        foreach (var x in interactions)
        {
            n++;
            if (x is null || string.IsNullOrWhiteSpace(x.UserId) || string.IsNullOrWhiteSpace(x.ItemId))
            {
                throw new InputDataException(ErrorIds.MissingValue,
                    $"Interaction {n} has an empty user or item id. Every interaction needs both ids.", n, null, x is null ? null : "UserId/ItemId", null);
            }

            if (n == 1 && x.Timestamp is not null)
            {
                times = [];
            }

            if ((times is not null) != (x.Timestamp is not null))
            {
                throw new InputDataException(ErrorIds.MissingValue,
                    $"Interaction {n} {(x.Timestamp is null ? "has no timestamp while the first one has" : "has a timestamp while the first one has none")}. Give every interaction a timestamp, or none.",
                    n, null, "Timestamp", null);
            }

            times?.Add(x.Timestamp!.Value.Ticks);
            rows.Add((x.UserId.Trim(), x.ItemId.Trim(), x.Value));
        }

        return Build(rows, options ?? InteractionOptions.Default, r => $"interaction {r + 1}", null, times?.ToArray());
    }

    /// <summary>
    /// Builds the matrix from index arrays (for large generated data): <paramref name="users"/>[k] and
    /// <paramref name="items"/>[k] index into <paramref name="userIds"/> and <paramref name="itemIds"/>; values default to 1.
    /// The arrays are only read. Ids must be distinct.
    /// </summary>
    public static InteractionMatrix FromIndices(IReadOnlyList<string> userIds, IReadOnlyList<string> itemIds,
        int[] users, int[] items, float[]? values = null, InteractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(items);
        options = (options ?? InteractionOptions.Default).Validate();
        if (users.Length != items.Length || (values is not null && values.Length != users.Length))
        {
            throw OptionError($"{nameof(users)}, {nameof(items)} and {nameof(values)} must have the same length ({users.Length}, {items.Length}, {values?.Length}).");
        }

        if (users.Length == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "No interactions were given: a recommender needs at least one.");
        }

        for (int k = 0; k < users.Length; k++)
        {
            if ((uint)users[k] >= (uint)userIds.Count || (uint)items[k] >= (uint)itemIds.Count)
            {
                throw OptionError($"Interaction {k + 1}: user index {users[k]} or item index {items[k]} is outside the id lists ({userIds.Count} users, {itemIds.Count} items).");
            }

            if (values is not null)
            {
                CheckValue(values[k], options, () => $"interaction {k + 1}");
            }
        }

        var uIds = userIds.ToArray();
        var iIds = itemIds.ToArray();
        var uIndex = IndexOf(uIds, "user");
        var iIndex = IndexOf(iIds, "item");
        var vals = values ?? CreateOnes(users.Length);
        var scale = ScaleOf(vals, options);
        return FromCoordinates(uIds, iIds, uIndex, iIndex, users, items, vals, null, options, scale, r => $"interaction {r + 1}");
    }

    /// <summary>
    /// Shared path for row-oriented inputs; <paramref name="where"/> names a row in messages; <paramref name="times"/> (ticks,
    /// one per row) is optional.
    /// </summary>
    internal static InteractionMatrix Build(List<(string User, string Item, double Value)> rows, InteractionOptions options,
        Func<int, string> where, Func<int, InputDataException>? valueError, long[]? times = null)
    {
        options.Validate();
        if (rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "No interactions were given: a recommender needs at least one.");
        }

        var userFirst = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemFirst = new Dictionary<string, int>(StringComparer.Ordinal);
        var uRaw = new int[rows.Count];
        var iRaw = new int[rows.Count];
        var vals = new float[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            var (user, item, value) = rows[r];
            if (!userFirst.TryGetValue(user, out uRaw[r]))
            {
                uRaw[r] = userFirst.Count;
                userFirst.Add(user, uRaw[r]);
            }

            if (!itemFirst.TryGetValue(item, out iRaw[r]))
            {
                iRaw[r] = itemFirst.Count;
                itemFirst.Add(item, iRaw[r]);
            }

            try
            {
                CheckValue(value, options, () => where(r));
            }
            catch (InputDataException) when (valueError is not null)
            {
                throw valueError(r);
            }

            vals[r] = (float)value;
        }

        // Indices in ordinal id order, so index tie-breaks are id tie-breaks and output does not depend on row order.
        var (uIds, uMap, uIndex) = SortIds(userFirst);
        var (iIds, iMap, iIndex) = SortIds(itemFirst);
        for (int r = 0; r < rows.Count; r++)
        {
            uRaw[r] = uMap[uRaw[r]];
            iRaw[r] = iMap[iRaw[r]];
        }

        return FromCoordinates(uIds, iIds, uIndex, iIndex, uRaw, iRaw, vals, times, options, ScaleOf(vals, options), where);
    }

    private static InteractionMatrix FromCoordinates(string[] userIds, string[] itemIds, Dictionary<string, int> userIndex,
        Dictionary<string, int> itemIndex, int[] users, int[] items, float[] values, long[]? times, InteractionOptions options, RatingScale scale,
        Func<int, string> where)
    {
        int n = users.Length;
        var offsets = new int[userIds.Length + 1];
        foreach (int u in users)
        {
            offsets[u + 1]++;
        }

        for (int u = 0; u < userIds.Length; u++)
        {
            offsets[u + 1] += offsets[u];
        }

        // Stable counting sort by user: within a row, entries keep input order (needed for "last wins").
        var cursor = offsets[..^1];
        var rowItems = new int[n];
        var rowValues = new float[n];
        var origin = new int[n];
        for (int k = 0; k < n; k++)
        {
            int p = cursor[users[k]]++;
            rowItems[p] = items[k];
            rowValues[p] = values[k];
            origin[p] = k;
        }

        var outOffsets = new int[userIds.Length + 1];
        var outTimes = times is null ? null : new long[n];
        int w = 0;
        long[]? keys = null;
        for (int u = 0; u < userIds.Length; u++)
        {
            int start = offsets[u], end = offsets[u + 1];
            if (!IsStrictlyAscending(rowItems, start, end))
            {
                // Sort by (item, input position): duplicates become adjacent runs in input order.
                int len = end - start;
                if (keys is null || keys.Length < len)
                {
                    keys = new long[Math.Max(len, 16)];
                }

                for (int p = 0; p < len; p++)
                {
                    keys[p] = ((long)rowItems[start + p] << 32) | (uint)origin[start + p];
                }

                var order = new int[len];
                for (int p = 0; p < len; p++)
                {
                    order[p] = p;
                }

                Array.Sort(keys, order, 0, len);
                var si = new int[len];
                var sv = new float[len];
                var so = new int[len];
                for (int p = 0; p < len; p++)
                {
                    si[p] = rowItems[start + order[p]];
                    sv[p] = rowValues[start + order[p]];
                    so[p] = origin[start + order[p]];
                }

                si.CopyTo(rowItems, start);
                sv.CopyTo(rowValues, start);
                so.CopyTo(origin, start);
            }

            for (int p = start; p < end;)
            {
                int q = p + 1;
                double sum = rowValues[p];
                while (q < end && rowItems[q] == rowItems[p])
                {
                    if (options.Duplicates == DuplicatePolicy.Reject)
                    {
                        throw new InputDataException(ErrorIds.InvalidOption,
                            $"{Capitalise(where(origin[q]))} repeats user '{userIds[u]}' and item '{itemIds[rowItems[p]]}' (first seen at {where(origin[p])}). " +
                            "Remove the duplicate or choose Duplicates = Last, Mean or Sum.");
                    }

                    sum += rowValues[q];
                    q++;
                }

                float merged = options.Duplicates switch
                {
                    DuplicatePolicy.Mean => (float)(sum / (q - p)),
                    DuplicatePolicy.Sum => (float)sum,
                    _ => rowValues[q - 1],
                };
                if (outTimes is not null)
                {
                    // The kept row's time for Last; the latest of the rows for Sum and Mean.
                    long t = times![origin[q - 1]];
                    for (int r = p; r < q - 1 && options.Duplicates != DuplicatePolicy.Last; r++)
                    {
                        t = Math.Max(t, times[origin[r]]);
                    }

                    outTimes[w] = t;
                }

                rowItems[w] = rowItems[p];
                rowValues[w++] = merged;
                p = q;
            }

            outOffsets[u + 1] = w;
        }

        if (w < n)
        {
            Array.Resize(ref rowItems, w);
            Array.Resize(ref rowValues, w);
            if (outTimes is not null)
            {
                Array.Resize(ref outTimes, w);
            }
        }

        return new InteractionMatrix(userIds, itemIds, userIndex, itemIndex, outOffsets, rowItems, rowValues, outTimes, options.Kind, options.Kind,
            scale, null);
    }

    private static bool IsStrictlyAscending(int[] a, int start, int end)
    {
        for (int p = start + 1; p < end; p++)
        {
            if (a[p] <= a[p - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckValue(double value, InteractionOptions options, Func<string> where)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            throw new InputDataException(ErrorIds.NonFiniteNumber, $"{Capitalise(where())}: the value {text} is not a finite number. Remove the row or fix the value.");
        }

        if (options.Kind == FeedbackKind.Implicit && value <= 0)
        {
            throw new InputDataException(ErrorIds.OutOfRange,
                $"{Capitalise(where())}: implicit feedback value {text} is not positive. A purchase or count must be > 0; drop rows with no interaction.");
        }

        if (options.Kind == FeedbackKind.Explicit && options.Scale is { } s && (value < s.Min || value > s.Max))
        {
            throw new InputDataException(ErrorIds.OutOfRange,
                $"{Capitalise(where())}: rating {text} is outside the rating scale {s}. Fix the rating or widen InteractionOptions.Scale.");
        }
    }

    private static RatingScale ScaleOf(float[] values, InteractionOptions options)
    {
        if (options.Scale is { } s && options.Kind == FeedbackKind.Explicit)
        {
            return s;
        }

        float min = float.PositiveInfinity, max = float.NegativeInfinity;
        foreach (float v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return new RatingScale(min, max);
    }

    private static (string[] Ids, int[] Map, Dictionary<string, int> Index) SortIds(Dictionary<string, int> firstSeen)
    {
        var ids = new string[firstSeen.Count];
        foreach (var (id, k) in firstSeen)
        {
            ids[k] = id;
        }

        var order = new int[ids.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        var sorted = (string[])ids.Clone();
        Array.Sort(sorted, order, StringComparer.Ordinal);
        var map = new int[ids.Length];
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (int rank = 0; rank < order.Length; rank++)
        {
            map[order[rank]] = rank;
            index.Add(sorted[rank], rank);
        }

        return (sorted, map, index);
    }

    private static Dictionary<string, int> IndexOf(string[] ids, string what)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (int k = 0; k < ids.Length; k++)
        {
            if (string.IsNullOrWhiteSpace(ids[k]) || !index.TryAdd(ids[k], k))
            {
                throw OptionError($"The {what} id list has an empty or repeated id at position {k + 1} ('{ids[k]}'). Ids must be distinct and non-empty.");
            }
        }

        return index;
    }

    private static float[] CreateOnes(int n)
    {
        var ones = new float[n];
        ones.AsSpan().Fill(1f);
        return ones;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
