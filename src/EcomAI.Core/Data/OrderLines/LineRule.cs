namespace EcomAI.Core.Data;

/// <summary>Why a line was left out of (or limited in) the jobs: one finding of the <see cref="PreparationReport"/> per rule.</summary>
public enum LineRule
{
    /// <summary>The line is not well-formed CSV (wrong number of fields, unclosed quote). Excluded from every job.</summary>
    MalformedLine,

    /// <summary>A number does not parse (e.g. <c>abc</c> or <c>2,5</c>). Excluded from every job.</summary>
    InvalidNumber,

    /// <summary>A number is NaN or infinite. Excluded from every job.</summary>
    NonFiniteNumber,

    /// <summary>A date does not parse with the date format. Excluded from every job.</summary>
    InvalidDate,

    /// <summary>A flag is not true/false, yes/no or 1/0. Excluded from every job.</summary>
    InvalidFlag,

    /// <summary>A quantity, price, amount or date is empty. Excluded from every job.</summary>
    MissingValue,

    /// <summary>A unit cost is negative. Excluded from every job.</summary>
    NegativeCost,

    /// <summary>An exact copy of an earlier line. Dropped unless duplicates are kept.</summary>
    Duplicate,

    /// <summary>A product matching an exclusion pattern (postage, fees). Excluded from every job.</summary>
    NonProduct,

    /// <summary>An order id with the cancellation marker. Excluded from purchases, or netted.</summary>
    Cancellation,

    /// <summary>A negative quantity (or negative amount without a quantity). Excluded from purchases, or netted.</summary>
    Return,

    /// <summary>A quantity of zero. Excluded from every job.</summary>
    ZeroQuantity,

    /// <summary>A unit price of zero or less. Excluded from every job.</summary>
    NonPositivePrice,

    /// <summary>A purchase without a customer: kept for product-level jobs, left out of customer-level jobs.</summary>
    MissingCustomer,

    /// <summary>A purchase without a product: kept for customer-level spend, left out of product-level jobs.</summary>
    MissingProduct,
}
