@{
    Synopsis    = 'Forecasts each customer''s purchases, probability of still being active and lifetime value (BG/NBD + Gamma-Gamma).'
    Description = @'
Reads transactions (one row per purchase: customer, date, amount) and summarises each customer as the "buy till you
die" models expect, following lifetimes' conventions: purchases in the same period (-TimeUnit, or -PurchasePeriod) are
merged into one; Frequency = number of repeat purchase periods; Recency = time from the first to the last purchase;
T = time from the first purchase to the end of the calibration period; monetary value = mean value of the repeat
purchases (0 without repeats).

Two models are fitted by maximum likelihood: BG/NBD (Fader, Hardie & Lee 2005) for how often customers buy and when they
drop out, and Gamma-Gamma (Fader & Hardie 2013) for how much they spend per purchase, fitted on the repeat customers. Each
customer then gets ProbabilityAlive (the chance they are still a customer), ExpectedPurchases over the horizon,
ExpectedSpend per purchase and Clv = discounted expected purchases x expected spend x -Margin over -Horizon months.
Customers come out ranked by Clv. With -ModelSummary the output is one object per model parameter (r, alpha, a, b, p, q,
v) with its standard error and confidence interval instead.

With -CalibrationEnd the models are fitted on transactions up to that day, and each customer also shows the purchases
actually made afterwards (HoldoutPurchases) beside the model's ExpectedHoldoutPurchases: the check that the forecasts
work on your data.

The fit converges where lifetimes raises ConvergenceError: when the data cannot identify a parameter (for example no sign
of anyone dropping out) the fit says so (Status NotIdentified, an unbounded interval, a warning) and its forecasts are
still usable; when nobody made a repeat purchase the command stops with InsufficientData, since there is nothing to
forecast from (-Penalty gives a shrunk estimate anyway). Warnings also flag a correlation between frequency and spend,
which the spend model assumes away.

Input: an order-lines export (one row per order line; the column names of common exports are recognised) or a
transactions file, read with -Path (CSV, .csv.gz or Parquet), pipeline rows, or the output of Import-EcomOrderLine. The
lines become one transaction per customer and order under the preparation rules (cancellations and returns, lines
without a customer, duplicates, -ExcludeProduct, -DateFormat; see Get-Help Import-EcomOrderLine), each reported once
as a warning. -Format Cdnow instead reads the whitespace-separated CDNOW file of the BG/NBD papers and applies their
settings (days in weeks, calibration to 1997-09-30, observation to 1998-06-30) unless you give -TimeUnit,
-PurchasePeriod, -CalibrationEnd or -AsOf yourself.
'@
    Parameters  = @{
        AsOf             = 'Last day of the observation (inclusive): T is measured up to it when there is no holdout, and transactions after it are left out. Default: the date of the last transaction.'
        CalibrationEnd   = 'Last day of the calibration period (inclusive). The models are fitted on transactions up to this day; later ones form the holdout that HoldoutPurchases and ExpectedHoldoutPurchases compare. Customers whose first purchase is later are left out (a warning counts them). Default: no holdout.'
        TimeUnit         = 'Day, Week (default) or Month: the unit of Recency, T and the model''s purchase rates. Purchases in the same unit are merged unless -PurchasePeriod says otherwise.'
        PurchasePeriod   = 'Merge purchases within this period: the time unit (default, as lifetimes'' freq) or Day, which keeps day resolution (Recency and T in days / 7 for weeks, as in the BG/NBD paper''s CDNOW analysis).'
        Horizon          = 'CLV horizon in months (of 30.44 days). Default 12.'
        DiscountRate     = 'Annual discount rate: the purchases of month k are discounted by (1 + rate)^(-k/12). Default 0.1.'
        Margin           = 'Share of each purchase''s value that is profit, between 0 and 1. Default 1, which makes Clv the discounted revenue; use your gross margin (for example 0.3) for profit.'
        Penalty          = 'L2 penalty on the logarithms of the model parameters, shrinking each towards 1. Default 0 (plain maximum likelihood); a small value such as 0.001 only for data that cannot identify the model.'
        ConfidenceLevel  = 'Level of the parameter intervals shown by -ModelSummary. Default 0.95.'
        ModelSummary     = 'Output one object per model parameter (Model, Parameter, Estimate, StdError, Lower, Upper, Status) instead of one per customer.'
        Format           = 'Layout of the -Path file: OrderLines (default: an order-lines or transactions export) or Cdnow (master_id sample_id yyyyMMdd CDs dollars, whitespace-separated, as CDNOW_sample.txt; the CDNOW settings apply unless given).'
    }
    Defaults    = @{ TimeUnit = 'Week'; Horizon = '12'; DiscountRate = '0.1'; Margin = '1'; Penalty = '0'; ConfidenceLevel = '0.95'; Format = 'OrderLines'; AsOf = 'date of the last transaction' }
    Inputs      = 'Order lines or transactions as objects (for example the rows of Import-Csv), or the output of Import-EcomOrderLine.'
    Outputs     = 'EcomAI.PowerShell.CustomerLifetimeValue (Rank, CustomerId, Frequency, Recency, T, ProbabilityAlive, ExpectedPurchases, ExpectedSpend, Clv, Monetary, HoldoutPurchases, ExpectedHoldoutPurchases, TimeUnit, Settings), or EcomAI.PowerShell.ModelParameter with -ModelSummary. GetResult() returns the whole analysis for Export-EcomReport.'
    Notes       = @'
The published CDNOW fit (r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, Fader, Hardie & Lee 2005) is reproduced on
Fader and Hardie's CDNOW_sample.txt with: Get-CustomerValue -Path CDNOW_sample.txt -Format Cdnow -ModelSummary

Speed: one million customers (2.8 million transactions) take about 1.7 s for the summary and the BG/NBD fit in C#
(tests/EcomAI.Benchmarks/README.md).

Error ids (FullyQualifiedErrorId starts with them): InvalidNumber, InvalidDate, MissingValue, NonFiniteNumber, OutOfRange,
MissingColumn, EmptyInput, InvalidOption (for example -Margin 2, or -CalibrationEnd after -AsOf), InsufficientData (no
repeat purchases, or fewer than three customers with a positive repeat spend), MalformedCsv (a CDNOW line that is not in the
format), FileError.
'@
    Examples    = @(
        @{
            Title   = 'The ten most valuable sample customers'
            Code    = 'Get-EcomSampleData -Name Transactions | Get-CustomerValue | Select-Object -First 10'
            Remarks = 'Weeks, a 12-month horizon, 10% annual discounting, CLV in revenue (margin 1).'
        }
        @{
            Title   = 'The fitted parameters with standard errors and 95% intervals'
            Code    = 'Get-EcomSampleData -Name Transactions | Get-CustomerValue -ModelSummary'
            Remarks = 'r and alpha describe how often customers buy, a and b how likely they are to stop after a purchase, p, q and v how much they spend.'
        }
        @{
            Title   = 'Check the forecast on a holdout: fit to September, compare October to December'
            Code    = @'
$customers = Get-EcomSampleData -Name Transactions | Get-CustomerValue -CalibrationEnd 2024-09-30 -PurchasePeriod Day
$customers | Measure-Object -Property HoldoutPurchases, ExpectedHoldoutPurchases -Sum | Select-Object Property, Sum
'@
            Remarks = 'The two sums should be close; Export-EcomReport draws the comparison by calibration frequency.'
        }
        @{
            Title   = 'A CDNOW-format file, and profit instead of revenue'
            Code    = @'
Get-EcomSampleData -Name Transactions | ForEach-Object { '{0} {0} {1:yyyyMMdd} 1 {2}' -f $_.customer_id, [datetime]$_.date, $_.amount } | Set-Content sample-cdnow.txt
Get-CustomerValue -Path sample-cdnow.txt -Format Cdnow -CalibrationEnd 2024-12-31 -AsOf 2024-12-31 -Margin 0.3 | Select-Object -First 5
'@
            Remarks = 'Fader and Hardie''s CDNOW_sample.txt needs no other parameter: -Format Cdnow applies the paper''s settings.'
        }
    )
    Links       = @('Get-CustomerSegment', 'Export-EcomReport')
}
