@{
    Synopsis    = 'Recommends the profit-maximising (or revenue-maximising) price per product, within bounds.'
    Description = @'
Estimates each product's elasticity as Get-PriceElasticity does, then the price that maximises profit
(P - c) * a * P^b. For b < -1 the optimum is P* = c * b / (1 + b), independent of a (a = 1000, b = -2, c = 10 gives
P* = 20). For -1 <= b < 0 profit rises without bound with price: there is no interior optimum, so the upper bound
-MaxPrice is returned when given (Status says so). For b >= 0 the estimate is not usable for pricing. The recommended
price is kept within -MinPrice and -MaxPrice, and the elasticity's confidence interval is carried through to a price
interval (P* is very sensitive near b = -1).

The unit cost comes per product from a cost column in the data, else from -UnitCost (one cost for all), else from
-CostRatio (a fraction of the product's median observed price, for exports without costs); the output's CostSource
says which. With -Objective Revenue no cost is needed.

Input and preparation work as in Get-PriceElasticity.
'@
    Parameters  = @{
        ElasticityMethod  = 'LogLog (default) or NonlinearLevels.'
        ConfidenceLevel   = 'Confidence level of the elasticity and price intervals. Default 0.95.'
        CostRatio         = 'For data without costs: each product without a cost in the data gets this fraction of its median observed price as unit cost, for example 0.6. Cannot be combined with -UnitCost. The output''s CostSource says which cost each price rests on.'
        IncludePromotion  = 'Add a promotion term to the demand model when the data has a promotion column. Default: on, as in the core; -IncludePromotion:$false turns it off.'
        Period            = 'The period demand is observed over: Day, Week (default; weeks start on Monday) or Month. Each product gets one observation per period with sales: total quantity and quantity-weighted mean price. A file with one row per product and period is used as it is.'
        UnitCost          = 'Unit cost c for every product that has no cost in the data.'
        MinPrice          = 'Lowest allowed price.'
        MaxPrice          = 'Highest allowed price; also the answer when demand is inelastic (-1 <= b < 0).'
        Objective         = 'Profit (default: maximise (P - c) * Q) or Revenue (maximise P * Q).'
    }
    Defaults    = @{ Objective = 'Profit'; ElasticityMethod = 'LogLog'; ConfidenceLevel = '0.95' }
    Outputs     = 'EcomAI.PowerShell.ProductPrice: ProductId, Elasticity and its interval, OptimalPrice, PriceLower, PriceUpper, ExpectedQuantity, ExpectedRevenue, ExpectedProfit, UnitCost, CostSource, Status, Message.'
    Notes       = 'Error ids: as Get-PriceElasticity, plus InvalidOption when -MaxPrice is below -MinPrice and InvalidArgument for a refused option (for example a unit cost of 0 with the profit objective).'
    Examples    = @(
        @{
            Title   = 'Optimal prices for the sample products, capped at 500'
            Code    = 'Get-EcomSampleData -Name Sales | Get-OptimalPrice -MaxPrice 500 -WarningAction SilentlyContinue'
            Remarks = 'Uses the unit_cost column of the sample; inelastic products get the cap and a status that says why.'
        }
        @{
            Title   = 'One cost for all products, from a CSV file, with the details of one product'
            Code    = @'
Get-EcomSampleData -Name Sales | Select-Object product_id, date, price, quantity | Export-Csv sales.csv -NoTypeInformation -UseQuotes AsNeeded
Get-OptimalPrice -Path sales.csv -UnitCost 5 -MinPrice 6 -MaxPrice 300 -WarningAction SilentlyContinue | Where-Object ProductId -eq 'P0001' | Format-List
'@
            Remarks = 'Without a cost column, -UnitCost applies to every product; Format-List shows the intervals and the explanation.'
        }
    )
    Links       = @('Get-PriceElasticity', 'Export-EcomReport')
}
