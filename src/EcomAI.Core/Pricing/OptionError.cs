namespace EcomAI.Core.Pricing;

/// <summary>
/// Builds exceptions for invalid options records. The "parameter" named is the option property (e.g. MaxPrice),
/// which is what the user set; CA2208 only knows method parameters, hence this helper.
/// </summary>
internal static class OptionError
{
    public static ArgumentOutOfRangeException OutOfRange(string option, object? value, string message) => new(option, value, message);

    public static ArgumentException Invalid(string option, string message) => new(message, option);
}
