using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>Memory the engine frees goes back to the operating system between phases (not kept by its allocator).</summary>
[Collection(nameof(EngineMemoryCollection))]
public class EngineMemoryTests
{
    [Fact]
    public void CanReleaseFreeMemory_OnLinux_TheEnginesAllocatorControlIsFound()
    {
        // DuckDB's Linux builds use jemalloc and export its control under their prefix; a DuckDB upgrade that drops or renames
        // it would silently bring back the 40–50 MB higher peak, so it fails here instead. Other platforms have no such allocator.
        Assert.Equal(OperatingSystem.IsLinux(), DuckDbSession.CanReleaseFreeMemory);
    }

    [Fact]
    public void ReleaseFreeMemory_AfterATableIsDropped_TheResidentSetShrinks()
    {
        using var session = new DuckDbSession(threads: 2, fileBacked: false);
        // About 120 MB of strings (longer than DuckDB's 12-byte inline size), then dropped: freed to the allocator, not the OS.
        session.Execute("CREATE TABLE filler AS SELECT range AS id, repeat('x', 100) || range AS text FROM range(1000000)");
        session.Execute("DROP TABLE filler");
        long before = ResidentMb();
        DuckDbSession.ReleaseFreeMemory();
        long after = ResidentMb();
        if (OperatingSystem.IsLinux())
        {
            Assert.True(before - after >= 40, $"resident set {before} MB before the release, {after} MB after");
        }
        else
        {
            Assert.True(after <= before + 5, $"resident set {before} MB before, {after} MB after");
        }
    }

    private static long ResidentMb()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Environment.WorkingSet >> 20;
        }

        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) >> 10;
            }
        }

        return Environment.WorkingSet >> 20;
    }
}

/// <summary>Resident-set measurements need no other test allocating in the same process meanwhile.</summary>
[CollectionDefinition(nameof(EngineMemoryCollection), DisableParallelization = true)]
public sealed class EngineMemoryCollection
{
}
