namespace EcomAI.Core.Segmentation;

/// <summary>How customers are put into segments.</summary>
public enum SegmentationMethod
{
    /// <summary>K-means on the scaled RFM values; each segment is named by where its centre falls on the RFM map. The default.</summary>
    KMeans,

    /// <summary>No clustering: every customer gets the segment of its (R, FM) cell on the standard map (<see cref="RfmSegmentMap"/>).</summary>
    RfmMap,
}
