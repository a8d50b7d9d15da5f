using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace EcomAI.PowerShell.Tests.Support;

/// <summary>Runs script in an in-process runspace (Microsoft.PowerShell.SDK) with the EcomAI module imported.</summary>
internal sealed class ModuleHost : IDisposable
{
    private readonly Runspace _runspace;

    public ModuleHost()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(TestPaths.LocalManifest);
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
    }

    /// <summary>Runs script; returns output and the error stream. Terminating errors surface as exceptions.</summary>
    public (Collection<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<string> Verbose, IReadOnlyList<string> Warnings) Run(string script, IDictionary<string, object?>? variables = null)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _runspace;
        if (variables is not null)
        {
            foreach (var (name, value) in variables)
            {
                _runspace.SessionStateProxy.SetVariable(name, value);
            }
        }

        ps.AddScript(script);
        var output = ps.Invoke();
        return (output, ps.Streams.Error.ToList(), ps.Streams.Verbose.Select(v => v.Message).ToList(), ps.Streams.Warning.Select(w => w.Message).ToList());
    }

    public void Dispose() => _runspace.Dispose();
}
