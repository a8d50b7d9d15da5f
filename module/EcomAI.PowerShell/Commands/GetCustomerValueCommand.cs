using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.CustomerValue;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-CustomerValue</c>: from transactions to one object per customer with P(alive), expected purchases, expected
/// spend and discounted CLV (BG/NBD + Gamma-Gamma), ranked by CLV; or, with <c>-ModelSummary</c>, one object per model
/// parameter with its standard error and interval.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CustomerValue", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(CustomerLifetimeValue), typeof(ModelParameter))]
public sealed class GetCustomerValueCommand : TransactionInputCmdlet
{
    private static readonly CustomerValueOptions Defaults = CustomerValueOptions.Default;

    /// <summary>Last day of the calibration period; later transactions are the holdout the predictions are checked on.</summary>
    [Parameter]
    public DateTime? CalibrationEnd { get; set; }

    /// <summary>Unit of recency, T and the model's rates.</summary>
    [Parameter]
    public TimeUnit TimeUnit { get; set; } = Defaults.TimeUnit;

    /// <summary>Purchases within one such period are merged (default: the time unit).</summary>
    [Parameter]
    public TimeUnit? PurchasePeriod { get; set; }

    /// <summary>CLV horizon in months.</summary>
    [Parameter]
    public int Horizon { get; set; } = Defaults.Horizon;

    /// <summary>Annual discount rate.</summary>
    [Parameter]
    public double DiscountRate { get; set; } = Defaults.DiscountRate;

    /// <summary>Share of revenue that is profit.</summary>
    [Parameter]
    public double Margin { get; set; } = Defaults.Margin;

    /// <summary>L2 penalty on the models' log-parameters.</summary>
    [Parameter]
    public double Penalty { get; set; } = Defaults.Penalty;

    /// <summary>Confidence level of the parameter intervals.</summary>
    [Parameter]
    public double ConfidenceLevel { get; set; } = Defaults.ConfidenceLevel;

    /// <summary>One object per model parameter instead of one per customer.</summary>
    [Parameter]
    public SwitchParameter ModelSummary { get; set; }

    /// <summary>Layout of the -Path file: an order-lines or transactions export (default) or the CDNOW format.</summary>
    [Parameter(ParameterSetName = PathSet)]
    public TransactionFileFormat Format { get; set; } = TransactionFileFormat.OrderLines;

    private protected override void EndProcessingCore()
    {
        if (ParameterSetName == PathSet && Format == TransactionFileFormat.Cdnow)
        {
            string path = GetUnresolvedProviderPathFromPSPath(Path);
            var data = Timed($"Read {System.IO.Path.GetFileName(path)} (CDNOW format)", () => CdnowReader.Read(path));
            Run(data, CdnowReader.PublishedSummaryOptions);
            return;
        }

        base.EndProcessingCore();
    }

    private protected override void Analyze(TransactionData transactions) => Run(transactions, null);

    private void Run(TransactionData data, CustomerSummaryOptions? preset)
    {
        var options = Options(preset);
        Progress("Customer value", "Summary, BG/NBD and Gamma-Gamma fits, CLV", force: data.Count >= 50_000);
        var result = Timed(string.Create(CultureInfo.InvariantCulture, $"Fitted BG/NBD and Gamma-Gamma and computed CLV for {data.Count:N0} transactions"),
            () => CustomerValueAnalysis.Run(data, options));
        Verbose(result.PurchaseModel.Message);
        Verbose(result.SpendModel.Message);
        foreach (string warning in result.Warnings)
        {
            WriteWarning(warning);
        }

        if (ModelSummary)
        {
            foreach (var estimate in result.Estimates)
            {
                WriteObject(new ModelParameter(estimate, result));
            }

            return;
        }

        string settings = result.Describe();
        foreach (var customer in result.Customers)
        {
            WriteObject(new CustomerLifetimeValue(customer, result, settings));
        }
    }

    /// <summary>The core's options from the parameters; a preset (CDNOW) fills what the user did not give.</summary>
    private CustomerValueOptions Options(CustomerSummaryOptions? preset)
    {
        bool Given(string name) => MyInvocation.BoundParameters.ContainsKey(name);
        return new CustomerValueOptions
        {
            TimeUnit = preset is not null && !Given(nameof(TimeUnit)) ? preset.TimeUnit : TimeUnit,
            PurchasePeriod = preset is not null && !Given(nameof(PurchasePeriod)) ? preset.PurchasePeriod : PurchasePeriod,
            CalibrationEnd = preset is not null && !Given(nameof(CalibrationEnd)) ? preset.CalibrationEnd : CalibrationEnd,
            ObservationEnd = preset is not null && !Given(nameof(AsOf)) ? preset.ObservationEnd : AsOf,
            Horizon = Horizon,
            DiscountRate = DiscountRate,
            Margin = Margin,
            Penalty = Penalty,
            ConfidenceLevel = ConfidenceLevel,
        };
    }
}
