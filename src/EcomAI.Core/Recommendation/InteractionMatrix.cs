using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Users × items interactions held sparsely twice: compressed rows by user (items ascending) and by item
/// (users ascending). Memory is O(interactions): two int and two float arrays plus offsets; identifiers are mapped
/// to dense indices once. Immutable.
/// </summary>
/// <remarks>
/// Indices follow the ordinal order of the identifiers (so "lowest index" tie-breaks are "ordinally smallest id").
/// A pair that is absent is <em>unknown</em> for explicit ratings (never 0) and "no interaction" for implicit data.
/// Optional per-interaction timestamps (for the leave-last-out split) and item descriptions (for explanations) travel
/// with the matrix into every split and model.
/// </remarks>
public sealed partial class InteractionMatrix
{
    private readonly string[] _userIds;
    private readonly string[] _itemIds;
    private readonly Dictionary<string, int> _userIndex;
    private readonly Dictionary<string, int> _itemIndex;

    // CSR by user and by item; internal so the kNN kernels read spans without copying.
    internal readonly int[] UserOffsets;
    internal readonly int[] UserItems;
    internal readonly float[] UserValues;
    internal readonly int[] ItemOffsets;
    internal readonly int[] ItemUsers;
    internal readonly float[] ItemValues;
    internal readonly double[] UserMeans;
    internal readonly double[] ItemMeans;

    // Ticks (UTC-agnostic, as given) aligned with UserItems, or null when the input had no timestamps.
    internal readonly long[]? UserTimes;
    private readonly string?[]? _descriptions;

    private InteractionMatrix(string[] userIds, string[] itemIds, Dictionary<string, int> userIndex, Dictionary<string, int> itemIndex,
        int[] userOffsets, int[] userItems, float[] userValues, long[]? userTimes, FeedbackKind kind, FeedbackKind sourceKind,
        RatingScale scale, string?[]? descriptions)
    {
        _userIds = userIds;
        _itemIds = itemIds;
        _userIndex = userIndex;
        _itemIndex = itemIndex;
        UserOffsets = userOffsets;
        UserItems = userItems;
        UserValues = userValues;
        UserTimes = userTimes;
        Kind = kind;
        SourceKind = sourceKind;
        Scale = scale;
        _descriptions = descriptions;
        (ItemOffsets, ItemUsers, ItemValues) = Transpose(userOffsets, userItems, userValues, itemIds.Length);
        UserMeans = RowMeans(UserOffsets, UserValues);
        ItemMeans = RowMeans(ItemOffsets, ItemValues);
        double sum = 0;
        foreach (float v in userValues)
        {
            sum += v;
        }

        GlobalMean = userValues.Length == 0 ? double.NaN : sum / userValues.Length;
    }

    // A copy with other interactions in the same id spaces (splits, signals): descriptions and kinds carry over.
    private InteractionMatrix With(int[] offsets, int[] items, float[] values, long[]? times, FeedbackKind? kind = null) =>
        new(_userIds, _itemIds, _userIndex, _itemIndex, offsets, items, values, times, kind ?? Kind, SourceKind, Scale, _descriptions);

    /// <summary>Explicit ratings or implicit feedback.</summary>
    public FeedbackKind Kind { get; }

    /// <summary>
    /// What the values were when read: equal to <see cref="Kind"/>, except for ratings turned into signals by
    /// <see cref="AsImplicit"/> (then <see cref="FeedbackKind.Explicit"/>, so explanations still say "rated").
    /// </summary>
    public FeedbackKind SourceKind { get; }

    /// <summary>True when every interaction carries a timestamp (the leave-last-out split needs them).</summary>
    public bool HasTimestamps => UserTimes is not null;

    /// <summary>True when item descriptions are attached (<see cref="WithItemDescriptions"/>).</summary>
    public bool HasItemDescriptions => _descriptions is not null;

    /// <summary>The rating scale (explicit data; for implicit data the observed value range).</summary>
    public RatingScale Scale { get; }

    /// <summary>Mean of all interaction values (NaN only for an empty training fold, which models refuse).</summary>
    public double GlobalMean { get; }

    /// <summary>Number of distinct users (including users whose interactions all fell into a test fold).</summary>
    public int UserCount => _userIds.Length;

    /// <summary>Number of distinct items.</summary>
    public int ItemCount => _itemIds.Length;

    /// <summary>Number of stored (user, item) interactions.</summary>
    public int Count => UserItems.Length;

    /// <summary>User identifiers by index.</summary>
    public IReadOnlyList<string> UserIds => _userIds;

    /// <summary>Item identifiers by index.</summary>
    public IReadOnlyList<string> ItemIds => _itemIds;

    /// <summary>Index of a user, or -1 when unknown.</summary>
    public int UserIndexOf(string userId) => userId is not null && _userIndex.TryGetValue(userId, out int u) ? u : -1;

    /// <summary>Index of an item, or -1 when unknown.</summary>
    public int ItemIndexOf(string itemId) => itemId is not null && _itemIndex.TryGetValue(itemId, out int i) ? i : -1;

    /// <summary>Items of user <paramref name="user"/> (ascending index).</summary>
    public ReadOnlySpan<int> ItemsOfUser(int user) => UserItems.AsSpan(UserOffsets[user], UserOffsets[user + 1] - UserOffsets[user]);

    /// <summary>Values of user <paramref name="user"/>, aligned with <see cref="ItemsOfUser"/>.</summary>
    public ReadOnlySpan<float> ValuesOfUser(int user) => UserValues.AsSpan(UserOffsets[user], UserOffsets[user + 1] - UserOffsets[user]);

    /// <summary>Users of item <paramref name="item"/> (ascending index).</summary>
    public ReadOnlySpan<int> UsersOfItem(int item) => ItemUsers.AsSpan(ItemOffsets[item], ItemOffsets[item + 1] - ItemOffsets[item]);

    /// <summary>Values of item <paramref name="item"/>, aligned with <see cref="UsersOfItem"/>.</summary>
    public ReadOnlySpan<float> ValuesOfItem(int item) => ItemValues.AsSpan(ItemOffsets[item], ItemOffsets[item + 1] - ItemOffsets[item]);

    /// <summary>Number of interactions of a user.</summary>
    public int UserInteractionCount(int user) => UserOffsets[user + 1] - UserOffsets[user];

    /// <summary>Number of interactions of an item (its popularity).</summary>
    public int ItemInteractionCount(int item) => ItemOffsets[item + 1] - ItemOffsets[item];

    /// <summary>Mean value of a user's interactions, or null when the user has none here.</summary>
    public double? UserMean(int user) => double.IsNaN(UserMeans[user]) ? null : UserMeans[user];

    /// <summary>Mean value of an item's interactions, or null when the item has none here.</summary>
    public double? ItemMean(int item) => double.IsNaN(ItemMeans[item]) ? null : ItemMeans[item];

    /// <summary>The stored value of (user, item), or null when the pair is absent (unknown, not 0).</summary>
    public double? Value(string userId, string itemId)
    {
        int u = UserIndexOf(userId);
        int i = ItemIndexOf(itemId);
        return u < 0 || i < 0 ? null : Value(u, i);
    }

    /// <summary>The stored value of (user, item) by index, or null when absent.</summary>
    public double? Value(int user, int item)
    {
        int p = ItemsOfUser(user).BinarySearch(item);
        return p < 0 ? null : ValuesOfUser(user)[p];
    }

    /// <summary>The item's description, or its id when none is attached.</summary>
    public string ItemDescription(int item) => _descriptions?[item] ?? _itemIds[item];

    /// <summary>The item's description, or the id itself when the item is unknown or has none.</summary>
    public string ItemDescription(string itemId)
    {
        int i = ItemIndexOf(itemId);
        return i < 0 ? itemId : ItemDescription(i);
    }

    /// <summary>
    /// The same interactions with product descriptions attached (immutable: this matrix is unchanged). Ids that are not in
    /// the matrix are ignored; items without a (non-blank) description keep their id as description. Descriptions name the
    /// items in explanations ("because you bought WHITE HANGING HEART T-LIGHT HOLDER").
    /// </summary>
    public InteractionMatrix WithItemDescriptions(IReadOnlyDictionary<string, string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        var merged = _descriptions is null ? new string?[ItemCount] : (string?[])_descriptions.Clone();
        foreach (var (id, text) in descriptions)
        {
            int i = ItemIndexOf(id?.Trim() ?? "");
            if (i >= 0 && !string.IsNullOrWhiteSpace(text))
            {
                merged[i] = text.Trim();
            }
        }

        return new InteractionMatrix(_userIds, _itemIds, _userIndex, _itemIndex, UserOffsets, UserItems, UserValues, UserTimes, Kind,
            SourceKind, Scale, merged);
    }

    /// <summary>
    /// Ratings used as signals for the top-N models: an implicit matrix with the same ids, value 1 for every rating at or above
    /// <paramref name="minRating"/> (null: every rating), the others dropped. <see cref="SourceKind"/> stays Explicit so
    /// explanations still say "rated". An implicit matrix is returned unchanged when no threshold is given.
    /// </summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InvalidOption"/> for a non-finite threshold, or
    /// <see cref="ErrorIds.InsufficientData"/> when no rating reaches it.</exception>
    public InteractionMatrix AsImplicit(double? minRating = null)
    {
        if (minRating is { } t)
        {
            Preconditions.CheckFinite(t, nameof(minRating));
        }
        else if (Kind == FeedbackKind.Implicit)
        {
            return this;
        }

        var keep = new bool[Count];
        int kept = 0;
        for (int p = 0; p < Count; p++)
        {
            keep[p] = minRating is not { } m || UserValues[p] >= m;
            kept += keep[p] ? 1 : 0;
        }

        if (kept == 0)
        {
            throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture,
                $"No rating is at or above minRating = {minRating}: nothing is left to learn from. Lower the threshold."));
        }

        var (offsets, items, _, times) = Keep(keep);
        var ones = new float[items.Length];
        ones.AsSpan().Fill(1f);
        return With(offsets, items, ones, times, FeedbackKind.Implicit);
    }

    /// <summary>The interactions as records, by user then item index (with their timestamps when present).</summary>
    public IEnumerable<Interaction> ToInteractions()
    {
        for (int u = 0; u < UserCount; u++)
        {
            for (int p = UserOffsets[u]; p < UserOffsets[u + 1]; p++)
            {
                yield return new Interaction(_userIds[u], _itemIds[UserItems[p]], UserValues[p], UserTimes is null ? null : new DateTime(UserTimes[p]));
            }
        }
    }

    /// <summary>A copy that keeps only the interactions at the given positions (0-based, in by-user order); same id spaces.</summary>
    internal InteractionMatrix Subset(bool[] keep)
    {
        var (offsets, items, values, times) = Keep(keep);
        return With(offsets, items, values, times);
    }

    private (int[] Offsets, int[] Items, float[] Values, long[]? Times) Keep(bool[] keep)
    {
        int count = 0;
        foreach (bool k in keep)
        {
            count += k ? 1 : 0;
        }

        var offsets = new int[UserCount + 1];
        var items = new int[count];
        var values = new float[count];
        var times = UserTimes is null ? null : new long[count];
        int w = 0;
        for (int u = 0; u < UserCount; u++)
        {
            for (int p = UserOffsets[u]; p < UserOffsets[u + 1]; p++)
            {
                if (keep[p])
                {
                    items[w] = UserItems[p];
                    if (times is not null)
                    {
                        times[w] = UserTimes![p];
                    }

                    values[w++] = UserValues[p];
                }
            }

            offsets[u + 1] = w;
        }

        return (offsets, items, values, times);
    }

    private static (int[] Offsets, int[] Index, float[] Values) Transpose(int[] offsets, int[] index, float[] values, int columns)
    {
        var tOffsets = new int[columns + 1];
        foreach (int c in index)
        {
            tOffsets[c + 1]++;
        }

        for (int c = 0; c < columns; c++)
        {
            tOffsets[c + 1] += tOffsets[c];
        }

        var cursor = tOffsets[..^1];
        var tIndex = new int[index.Length];
        var tValues = new float[index.Length];
        int rows = offsets.Length - 1;
        // Rows are visited in ascending order, so every column lists its rows ascending.
        for (int r = 0; r < rows; r++)
        {
            for (int p = offsets[r]; p < offsets[r + 1]; p++)
            {
                int q = cursor[index[p]]++;
                tIndex[q] = r;
                tValues[q] = values[p];
            }
        }

        return (tOffsets, tIndex, tValues);
    }

    private static double[] RowMeans(int[] offsets, float[] values)
    {
        var means = new double[offsets.Length - 1];
        for (int r = 0; r < means.Length; r++)
        {
            int n = offsets[r + 1] - offsets[r];
            double sum = 0;
            for (int p = offsets[r]; p < offsets[r + 1]; p++)
            {
                sum += values[p];
            }

            means[r] = n == 0 ? double.NaN : sum / n;
        }

        return means;
    }

    private static InputDataException OptionError(string message) => new(ErrorIds.InvalidOption, message);
}
