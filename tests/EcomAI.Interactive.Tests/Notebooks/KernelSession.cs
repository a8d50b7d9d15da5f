using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// Runs a notebook's code cells in the real .NET Interactive kernel, the one Jupyter starts
/// (<c>Microsoft.dotnet-interactive</c>, a local tool of this repository), over its standard-I/O protocol: one JSON
/// command per cell in, the kernel's events out. The events become the outputs Jupyter would show, so a compiler
/// diagnostic or a write to Console.Error is a <c>stderr</c> stream here exactly as in Jupyter.
/// </summary>
/// <remarks>
/// Event to output, as the kernel's Jupyter front end maps them: DisplayedValueProduced → display_data (a later
/// DisplayedValueUpdated with the same value id replaces it), ReturnValueProduced → execute_result,
/// StandardOutputValueProduced → stdout stream, StandardErrorValueProduced and DiagnosticsProduced with formatted
/// diagnostics → stderr stream, CommandFailed → error. Like <c>jupyter nbconvert --execute</c>, the run stops at
/// the first failing cell.
/// </remarks>
internal sealed class KernelSession : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<JsonObject> _events = new();
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _otherOutput = new();

    private KernelSession(string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder, // the notebook's folder, as in Jupyter: relative paths and NuGet.config resolve from it
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string argument in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--working-dir", folder })
        {
            start.ArgumentList.Add(argument);
        }

        ProcessRunner.PrepareEnvironment(start);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Executes <paramref name="notebookPath"/> and writes the executed notebook to <paramref name="outputPath"/>.</summary>
    public static NotebookRunner.Run Execute(string notebookPath, string outputPath, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var document = JsonNode.Parse(File.ReadAllText(notebookPath))!.AsObject();
        string defaultKernel = document["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>() ?? "csharp";
        using var session = new KernelSession(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!);
        int exitCode = 0;
        var cells = document["cells"]!.AsArray();
        for (int i = 0; i < cells.Count && exitCode == 0; i++)
        {
            var cell = cells[i]!.AsObject();
            if (cell["cell_type"]?.GetValue<string>() != "code")
            {
                continue;
            }

            string kernel = cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                ?? cell["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>()
                ?? defaultKernel;
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"{Path.GetFileName(notebookPath)} did not finish within {timeout} (stopped before cell {i}).\n{session.Log}");
            }

            var started = DateTimeOffset.UtcNow;
            var (outputs, failed) = session.Submit(i, Join(cell["source"]), kernel, left);
            cell["outputs"] = outputs;
            cell["metadata"] ??= new JsonObject();
            cell["metadata"]!["execution"] = new JsonObject
            {
                ["iopub.execute_input"] = started.ToString("O", CultureInfo.InvariantCulture),
                ["shell.execute_reply"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            };
            if (failed)
            {
                exitCode = 1;
            }
        }

        File.WriteAllText(outputPath, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return new NotebookRunner.Run(exitCode, session.OtherOutput, session.Log, clock.Elapsed, ExecutedNotebook.Load(outputPath), outputPath);
    }

    /// <summary>The kernel process's own standard error (start-up messages, crashes).</summary>
    public string Log
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Standard-output lines that were not protocol events.</summary>
    public string OtherOutput
    {
        get
        {
            lock (_otherOutput)
            {
                return _otherOutput.ToString();
            }
        }
    }

    /// <summary>Submits one cell and turns its events into Jupyter outputs; true when the cell failed.</summary>
    private (JsonArray Outputs, bool Failed) Submit(int cell, string code, string kernel, TimeSpan timeout)
    {
        string token = string.Create(CultureInfo.InvariantCulture, $"cell-{cell}");
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = kernel },
        };
        _process.StandardInput.WriteLine(envelope.ToJsonString());
        _process.StandardInput.Flush();

        var outputs = new JsonArray();
        var displays = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var remaining = timeout - deadline.Elapsed;
            if (remaining <= TimeSpan.Zero || !_events.TryTake(out var e, remaining))
            {
                string why = _events.IsCompleted ? "the kernel exited" : string.Create(CultureInfo.InvariantCulture, $"it did not finish within {timeout}");
                throw new TimeoutException($"Cell {cell} has no result: {why}.\n{code}\n{Log}");
            }

            string? owner = e["command"]?["token"]?.GetValue<string>();
            if (owner is null || (owner != token && !owner.StartsWith(token + ".", StringComparison.Ordinal)))
            {
                continue; // kernel start-up and other commands' events
            }

            var body = e["event"]?.AsObject() ?? new JsonObject();
            switch (e["eventType"]?.GetValue<string>())
            {
                case "DisplayedValueProduced":
                {
                    var output = Display("display_data", body);
                    if (output is not null)
                    {
                        outputs.Add(output);
                        if (body["valueId"]?.GetValue<string>() is { } id)
                        {
                            displays[id] = output;
                        }
                    }

                    break;
                }

                case "DisplayedValueUpdated":
                    if (body["valueId"]?.GetValue<string>() is { } updated && displays.TryGetValue(updated, out var shown) && Display("display_data", body) is { } fresh)
                    {
                        shown["data"] = fresh["data"]!.DeepClone();
                    }

                    break;
                case "ReturnValueProduced":
                    if (Display("execute_result", body) is { } result)
                    {
                        outputs.Add(result);
                    }

                    break;
                case "StandardOutputValueProduced":
                    outputs.Add(Stream("stdout", Values(body["formattedValues"])));
                    break;
                case "StandardErrorValueProduced":
                    outputs.Add(Stream("stderr", Values(body["formattedValues"])));
                    break;
                case "DiagnosticsProduced":
                    string diagnostics = Values(body["formattedDiagnostics"]);
                    if (diagnostics.Length > 0)
                    {
                        outputs.Add(Stream("stderr", diagnostics + "\n"));
                    }

                    break;
                case "CommandFailed" when owner == token:
                    outputs.Add(new JsonObject
                    {
                        ["output_type"] = "error",
                        ["ename"] = "Error",
                        ["evalue"] = body["message"]?.GetValue<string>() ?? "the cell failed",
                        ["traceback"] = new JsonArray(),
                    });
                    return (outputs, true);
                case "CommandSucceeded" when owner == token:
                    return (outputs, false);
            }
        }
    }

    private static JsonObject? Display(string type, JsonObject body)
    {
        var data = new JsonObject();
        foreach (var value in body["formattedValues"]?.AsArray() ?? [])
        {
            if (value?["suppressDisplay"]?.GetValue<bool>() != true && value?["mimeType"]?.GetValue<string>() is { } mime)
            {
                data[mime] = value["value"]?.GetValue<string>();
            }
        }

        return data.Count == 0 ? null : new JsonObject { ["output_type"] = type, ["data"] = data, ["metadata"] = new JsonObject() };
    }

    private static JsonObject Stream(string name, string text) =>
        new() { ["output_type"] = "stream", ["name"] = name, ["text"] = text };

    private static string Values(JsonNode? values) =>
        string.Join("\n", (values?.AsArray() ?? []).Select(v => v?["value"]?.GetValue<string>()).Where(v => !string.IsNullOrEmpty(v)));

    private static string Join(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        JsonValue text => text.GetValue<string>(),
        _ => string.Empty,
    };

    private void OnLine(string? line)
    {
        if (line is null)
        {
            _events.CompleteAdding(); // the kernel closed its output: a waiting Submit stops waiting
            return;
        }

        if (line.StartsWith('{'))
        {
            try
            {
                if (JsonNode.Parse(line) is JsonObject envelope && envelope.ContainsKey("eventType"))
                {
                    _events.TryAdd(envelope);
                    return;
                }
            }
            catch (JsonException)
            {
                // Not an event: kept below with the other output.
            }
        }

        lock (_otherOutput)
        {
            _otherOutput.AppendLine(line);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }
}
