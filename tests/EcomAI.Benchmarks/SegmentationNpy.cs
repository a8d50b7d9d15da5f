using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace EcomAI.Benchmarks;

/// <summary>Minimal reader for the little-endian float64 C-order .npy files the peer writes.</summary>
internal static class SegmentationNpy
{
    internal static (double[] Values, int Rows, int Columns) Read(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> prefix = stackalloc byte[12];
        stream.ReadExactly(prefix);
        if (prefix[0] != 0x93 || Encoding.ASCII.GetString(prefix.Slice(1, 5)) != "NUMPY")
        {
            throw new InvalidDataException($"{path} is not a .npy file.");
        }

        int major = prefix[6];
        int headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(prefix[8..]) : (int)BinaryPrimitives.ReadUInt32LittleEndian(prefix[8..]);
        int offset = major == 1 ? 10 : 12;
        stream.Position = offset;
        var headerBytes = new byte[headerLength];
        stream.ReadExactly(headerBytes);
        string header = Encoding.ASCII.GetString(headerBytes);
        if (!header.Contains("'descr': '<f8'", StringComparison.Ordinal) || header.Contains("'fortran_order': True", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: expected little-endian float64 in C order, got {header}");
        }

        string shape = header[(header.IndexOf("'shape': (", StringComparison.Ordinal) + 10)..];
        shape = shape[..shape.IndexOf(')', StringComparison.Ordinal)];
        var dims = shape.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        int rows = dims[0], columns = dims.Length > 1 ? dims[1] : 1;
        var values = new double[rows * columns];
        // Read straight into the array: no second copy of the data.
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return (values, rows, columns);
    }
}
