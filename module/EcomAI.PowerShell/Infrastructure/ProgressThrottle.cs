using System.Management.Automation;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Write-Progress for long runs only: nothing during the first second (short runs stay quiet), then at most
/// four updates a second, so progress never costs measurable time on million-row inputs.
/// </summary>
internal sealed class ProgressThrottle(Cmdlet cmdlet, int activityId)
{
    /// <summary>Nothing is shown before this; tests set it to zero to see the records.</summary>
    internal static TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private TimeSpan? _last;
    private string? _activity;

    public void Report(string activity, string status, int percent, TimeSpan elapsed, bool force = false)
    {
        if (!force && (elapsed < QuietPeriod || (_last is { } last && elapsed - last < Interval)))
        {
            return;
        }

        _last = elapsed;
        _activity = activity;
        cmdlet.WriteProgress(new ProgressRecord(activityId, activity, status) { PercentComplete = Math.Clamp(percent, -1, 100) });
    }

    public void Complete()
    {
        if (_activity is not null)
        {
            cmdlet.WriteProgress(new ProgressRecord(activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
