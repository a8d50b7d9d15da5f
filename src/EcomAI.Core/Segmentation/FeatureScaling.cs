namespace EcomAI.Core.Segmentation;

/// <summary>How features are put on a common scale before clustering.</summary>
public enum FeatureScaling
{
    /// <summary>(x − mean) / population standard deviation (scikit-learn StandardScaler). The default.</summary>
    ZScore,

    /// <summary>(x − min) / (max − min) (scikit-learn MinMaxScaler).</summary>
    MinMax,

    /// <summary>(x − median) / (Q3 − Q1), quartiles by linear interpolation (scikit-learn RobustScaler).</summary>
    Robust,

    /// <summary>No scaling.</summary>
    None,
}
