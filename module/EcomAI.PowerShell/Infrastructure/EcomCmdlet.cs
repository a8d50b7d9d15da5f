using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Base of every EcomAI cmdlet: translates exceptions into ErrorRecords (no raw .NET exception escapes), and
/// offers <c>-Verbose</c> timing messages and throttled <c>Write-Progress</c>.
/// </summary>
public abstract class EcomCmdlet : PSCmdlet
{
    private readonly Stopwatch _clock = new();
    private ProgressThrottle? _progress;

    /// <summary>The object an unexpected failure is attributed to (the current input object, when there is one).</summary>
    private protected virtual object? CurrentTarget => null;

    /// <inheritdoc />
    protected sealed override void BeginProcessing()
    {
        _clock.Start();
        Guard(BeginProcessingCore);
    }

    /// <inheritdoc />
    protected sealed override void ProcessRecord() => Guard(ProcessRecordCore);

    /// <inheritdoc />
    protected sealed override void EndProcessing()
    {
        Guard(EndProcessingCore);
        _progress?.Complete();
    }

    /// <summary>Begin block of the derived cmdlet.</summary>
    private protected virtual void BeginProcessingCore()
    {
    }

    /// <summary>Process block of the derived cmdlet.</summary>
    private protected virtual void ProcessRecordCore()
    {
    }

    /// <summary>End block of the derived cmdlet.</summary>
    private protected virtual void EndProcessingCore()
    {
    }

    /// <summary>Writes a verbose message prefixed with the time since the command started.</summary>
    private protected void Verbose(string message) =>
        WriteVerbose(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,6:F2} s] {message}"));

    /// <summary>Runs <paramref name="step"/> and writes "<paramref name="what"/> in N s" as a verbose message.</summary>
    private protected T Timed<T>(string what, Func<T> step)
    {
        long start = Stopwatch.GetTimestamp();
        T result = step();
        Verbose(string.Create(CultureInfo.InvariantCulture, $"{what} in {Stopwatch.GetElapsedTime(start).TotalSeconds:F3} s."));
        return result;
    }

    /// <summary>
    /// Reports progress; only shown once the command has run for a while, at most a few times a second, unless
    /// <paramref name="force"/> (a step known to be long, such as the analysis of a large input, is announced at once).
    /// </summary>
    private protected void Progress(string activity, string status, int percent = -1, bool force = false)
    {
        _progress ??= new ProgressThrottle(this, activityId: 1);
        _progress.Report(activity, status, percent, _clock.Elapsed, force);
    }

    /// <summary>Writes a non-terminating error for one input object; the command goes on with the others.</summary>
    private protected void WriteInputError(Exception exception, object? target) => WriteError(ErrorMapping.ToRecord(exception, target));

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ErrorMapping.IsForeign(ex))
        {
            ThrowTerminatingError(ErrorMapping.ToRecord(ex, CurrentTarget));
        }
    }
}
