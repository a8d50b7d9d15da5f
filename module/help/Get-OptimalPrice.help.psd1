@{
    Synopsis    = 'Recommends the price to set per product within its allowed range, says how sure it is, and what changes against today''s price.'
    Description = @'
Estimates each product's elasticity as Get-PriceElasticity does (one observation per product and -Period), then the
price that maximises profit (P - c) * a * P^b within the product's allowed range. For b < -1 the optimum is
P* = c * b / (1 + b), independent of a (a = 1000, b = -2, c = 10 gives P* = 20). Products come out by expected gain,
largest first (products without a figure last, by id).

Status, checked in this order:

NoEstimate: the elasticity could not be estimated (single price level, too few periods, ...); no price.

UnusableEstimate: b >= 0, or the upper end u of its confidence interval is >= 0: the data cannot tell whether demand
falls with price; no price. For b < 0 the message says how many more periods with price changes would move u below 0
if b stayed where it is: ceiling(N * ((u - b)^2 / b^2 - 1)), N the periods used.

MissingUnitCost: the profit objective without a positive unit cost; no price.

InelasticNoInteriorOptimum: -1 <= b < 0: profit rises with price without limit, so the upper end of the allowed
range is recommended (no price without one).

OptimumUncertain: b < -1 but the upper end u of its interval is >= -1, where profit has no maximum. P* is shown,
clamped to the allowed range. The message says how many more periods with price changes would settle it if b stayed
where it is: ceiling(N * ((u - b)^2 / (b + 1)^2 - 1)).

ClampedToMinPrice, ClampedToMaxPrice: the whole interval of b lies below -1 but P* lies below or above the allowed
range: that end is recommended.

Optimal: the whole interval of b lies below -1 and P* lies inside the allowed range.

With -Objective Revenue: revenue a * P^(b + 1) has no interior optimum under constant elasticity, so an end of the
range is chosen: ElasticNoInteriorOptimum (b < -1, revenue falls with price: the lower end) or
InelasticNoInteriorOptimum (b >= -1: the upper end).

Allowed range, each end from the first that applies: the product's own min_price / max_price column (BoundSource
Data), -MinPrice / -MaxPrice for every product (Given), else the observed prices widened by -MaxChange m:
[lowest observed * (1 - m), highest observed * (1 + m)] (Observed). BoundApplied says which end set the price
(Min for ClampedToMinPrice and the revenue corner at the lower end, Max for ClampedToMaxPrice and
InelasticNoInteriorOptimum, the side P* fell outside for OptimumUncertain, otherwise None). PriceLower and PriceUpper
are P* at the two ends of b's interval, within the range.

Unit cost per product: its cost column in the data (the latest row with one), else -UnitCost, else -CostRatio r
times the product's median observed price; CostSource says which (Data, UnitCost, CostRatio or None). With
-Objective Revenue no cost is needed.

What-if against today's price P0, the product's price in its last period, read off the fitted curve Q = a * P^b:
CurrentQuantity Q0 = a * P0^b, CurrentRevenue P0 * Q0, CurrentProfit (P0 - c) * Q0, and at the recommended price P:
ExpectedQuantity a * P^b, ExpectedRevenue P * Q, ExpectedProfit (P - c) * Q. RevenueChange and ProfitChange are the
differences (per period); ProfitChange is the expected gain. Its interval pivots the curve at today's point and moves
b over its confidence interval: Q0 * ((P - c) * (P / P0)^b' - (P0 - c)) at both ends b' (ProfitChangeLower,
ProfitChangeUpper).

Input and preparation work as in Get-PriceElasticity.
'@
    Parameters  = @{
        ElasticityMethod  = 'LogLog (default) or NonlinearLevels.'
        ConfidenceLevel   = 'Confidence level of the elasticity, price and profit-change intervals. Default 0.95.'
        CostRatio         = 'For data without costs: each product without a cost in the data gets this fraction of its median observed price as unit cost, for example 0.6 (between 0 and 1). Cannot be combined with -UnitCost. The output''s CostSource says which cost each price rests on.'
        IncludePromotion  = 'Add a promotion term to the demand model when the data has a promotion column. Default: on, as in the core; -IncludePromotion:$false turns it off.'
        Period            = 'The period demand is observed over: Day, Week (default; weeks start on Monday) or Month. Each product gets one observation per period with sales: total quantity and quantity-weighted mean price. A file with one row per product and period is used as it is. Today''s price is the price of the last period.'
        UnitCost          = 'Unit cost c for every product that has no cost in the data.'
        MinPrice          = 'Lowest allowed price for every product, replacing the observed lower end (a product''s own min_price column still wins).'
        MaxPrice          = 'Highest allowed price for every product, replacing the observed upper end (a product''s own max_price column still wins); also the answer when demand is inelastic (-1 <= b < 0).'
        MaxChange         = 'How far beyond its observed prices a product''s price may go, as a fraction m between 0 and 0.99: the allowed range is [lowest observed * (1 - m), highest observed * (1 + m)]. Default: the core''s PriceOptimizerOptions.Default.MaxChange, 0.2. -MaxChange $null: no range from the data (only -MinPrice / -MaxPrice and the products'' own bounds).'
        Objective         = 'Profit (default: maximise (P - c) * Q) or Revenue (maximise P * Q; constant elasticity has no interior revenue optimum, so a bound is chosen).'
    }
    Defaults    = @{ Objective = 'Profit'; ElasticityMethod = 'LogLog'; ConfidenceLevel = '0.95'; MaxChange = '0.2' }
    Outputs     = 'EcomAI.PowerShell.ProductPrice, by expected gain (largest first): ProductId, Status, CurrentPrice, RecommendedPrice, ProfitChange with ProfitChangeLower and ProfitChangeUpper, CurrentQuantity, ExpectedQuantity, CurrentRevenue, ExpectedRevenue, RevenueChange, CurrentProfit, ExpectedProfit, UnitCost, CostSource, MinPrice, MinPriceSource, MaxPrice, MaxPriceSource, BoundApplied, BoundSource, Elasticity with ElasticityLower and ElasticityUpper, PriceLower, PriceUpper, N (periods used), Period, Objective, Message, IntervalMessage. The default table shows the status, today''s price, the price, the gain and its interval, the bound that applied and the cost source; Format-List shows everything, including quantity, revenue and profit at both prices.'
    Notes       = 'Error ids: as Get-PriceElasticity, plus InvalidOption for an option the core refuses (naming it): -MaxPrice below -MinPrice, -MaxChange outside 0 to 0.99, -CostRatio outside (0, 1) or together with -UnitCost, a unit cost of 0 with the profit objective.'
    Examples    = @(
        @{
            Title   = 'Prices for a shop''s export without costs, largest expected gain first'
            Code    = @'
Get-EcomSampleData -Name OrderLines -Path orders.csv | Out-Null
Get-OptimalPrice -Path orders.csv -CostRatio 0.6 -WarningAction SilentlyContinue | Select-Object -First 10
'@
            Remarks = 'Weekly demand per product; the cost is assumed to be 60 % of each product''s median price (CostSource CostRatio). Each row shows today''s price, the recommended price, the expected profit per week at both, the gain with its 95 % interval, which bound applied and the status.'
        }
        @{
            Title   = 'Only the prices that are safe to act on, with what they change'
            Code    = @'
Get-EcomSampleData -Name Sales | Get-OptimalPrice -WarningAction SilentlyContinue |
    Where-Object { $_.Status -eq 'Optimal' -and $_.ProfitChangeLower -gt 0 } |
    Select-Object ProductId, CurrentPrice, RecommendedPrice, CurrentProfit, ExpectedProfit, ProfitChange, ProfitChangeLower, ProfitChangeUpper
'@
            Remarks = 'Optimal means the whole interval of b lies below -1 and the price lies inside the allowed range; a positive ProfitChangeLower means the change pays over the whole interval of b.'
        }
        @{
            Title   = 'A narrower allowed range, and why an uncertain product got its price'
            Code    = @'
$prices = Get-EcomSampleData -Name Sales | Get-OptimalPrice -MaxChange 0.1 -WarningAction SilentlyContinue
$prices | Group-Object Status | Select-Object Name, Count
$prices | Where-Object BoundApplied -ne 'None' | Select-Object -First 1 | Format-List ProductId, Status, RecommendedPrice, BoundApplied, BoundSource, MinPrice, MaxPrice, Message
'@
            Remarks = 'With -MaxChange 0.1 a price may move at most 10 % beyond the lowest and highest observed prices; BoundApplied and BoundSource say which end set the price and where it came from.'
        }
    )
    Links       = @('Get-PriceElasticity', 'Export-EcomReport')
}
