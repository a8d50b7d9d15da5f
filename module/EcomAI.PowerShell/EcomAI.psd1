@{
    RootModule           = 'EcomAI.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5d7c2a4e-8f1b-4f0e-9a63-2b1c7e4d9f10'
    Author               = 'EcomAI.Interactive contributors'
    Copyright            = '(c) EcomAI.Interactive contributors. MIT License.'
    Description          = 'E-commerce analytics from a shop''s own order-lines export: RFM + K-means customer segments, collaborative-filtering recommendations, price elasticity and profit-maximising prices, customer lifetime value (BG/NBD + Gamma-Gamma), offline HTML reports.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('EcomAI.format.ps1xml')
    CmdletsToExport      = @(
        'Get-EcomSampleData'
        'Import-EcomOrderLine'
        'Get-CustomerSegment'
        'Measure-CustomerSegment'
        'Compare-CustomerSegment'
        'Get-Recommendation'
        'Measure-Recommender'
        'Export-EcomReport'
        'Get-PriceElasticity'
        'Get-OptimalPrice'
        'Get-CustomerValue'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('ecommerce', 'segmentation', 'kmeans', 'recommendation', 'pricing', 'elasticity', 'clv', 'btyd')
            LicenseUri = 'https://opensource.org/licenses/MIT'
        }
    }
}
