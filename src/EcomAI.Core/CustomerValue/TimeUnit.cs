namespace EcomAI.Core.CustomerValue;

/// <summary>The unit of time of a customer summary: recency, age T, horizons and the model's α are all in this unit.</summary>
public enum TimeUnit
{
    /// <summary>Calendar days.</summary>
    Day,

    /// <summary>Weeks of 7 days, Monday to Sunday when used as a purchase period.</summary>
    Week,

    /// <summary>Calendar months; as a length, 365.2425 / 12 = 30.436875 days.</summary>
    Month,
}
