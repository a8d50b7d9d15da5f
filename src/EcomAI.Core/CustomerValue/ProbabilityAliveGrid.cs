namespace EcomAI.Core.CustomerValue;

/// <summary>P(alive) for every frequency 0..MaxFrequency and recency from 0 to T, customers of age T.</summary>
public sealed class ProbabilityAliveGrid
{
    private readonly double[] _recencies;
    private readonly double[,] _values;

    internal ProbabilityAliveGrid(double[] recencies, double[,] values, double t, TimeUnit unit)
    {
        _recencies = recencies;
        _values = values;
        T = t;
        TimeUnit = unit;
    }

    /// <summary>Age of the customers.</summary>
    public double T { get; }

    /// <summary>Unit of recency and T.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Largest frequency (rows are 0..MaxFrequency).</summary>
    public int MaxFrequency => _values.GetLength(0) - 1;

    /// <summary>Recency of each column.</summary>
    public IReadOnlyList<double> Recencies => _recencies;

    /// <summary>P(alive | x = <paramref name="frequency"/>, t_x = Recencies[<paramref name="column"/>], T).</summary>
    public double this[int frequency, int column] => _values[frequency, column];
}
