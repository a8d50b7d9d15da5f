using EcomAI.Core.CustomerValue;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Samples;

/// <summary>Data simulated from the BG/NBD and Gamma-Gamma processes, with each customer's latent truth.</summary>
public sealed class BgNbdSample
{
    internal BgNbdSample(BgNbdSampleOptions options, TransactionData transactions, CustomerSummary summary, BgNbdCustomerTruth[] truth)
    {
        Options = options;
        Transactions = transactions;
        Summary = summary;
        Truth = truth;
    }

    /// <summary>The options (and so the true parameters).</summary>
    public BgNbdSampleOptions Options { get; }

    /// <summary>Dated transactions (customer id, timestamp, amount, order id).</summary>
    public TransactionData Transactions { get; }

    /// <summary>The exact continuous-time summary (x, t_x, T up to the observation end, monetary = mean repeat spend), before any rounding to dates.</summary>
    public CustomerSummary Summary { get; }

    /// <summary>Each customer's latent values, in customer id order.</summary>
    public IReadOnlyList<BgNbdCustomerTruth> Truth { get; }
}
