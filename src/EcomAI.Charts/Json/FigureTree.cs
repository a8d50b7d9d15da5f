using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json;
using Plotly.NET;

namespace EcomAI.Charts.Json;

/// <summary>
/// Writes a chart's figure (<c>data</c>, <c>layout</c>, <c>frames</c>) as UTF-8 JSON directly from Plotly.NET's
/// dynamic objects. Plotly.NET's own <c>toFigureJson</c> goes through Json.NET's dynamic binder and takes about
/// a second per 100,000 numbers; this walk is an order of magnitude faster and yields the same JSON (a test
/// compares the two on every chart type).
/// </summary>
internal static class FigureTree
{
    public static byte[] Write(GenericChart chart)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteStartArray();
            int index = 0;
            foreach (Trace trace in GenericChart.getTraces(chart))
            {
                Value(writer, trace, $"data[{index}]");
                index++;
            }

            writer.WriteEndArray();
            writer.WritePropertyName("layout");
            Value(writer, GenericChart.getLayout(chart), "layout");
            writer.WritePropertyName("frames");
            writer.WriteStartArray();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Value(Utf8JsonWriter writer, object? value, string path)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteNumberValue(Finite(d, path));
                break;
            case float f:
                writer.WriteNumberValue(Finite(f, path));
                break;
            case int or long or short or byte or sbyte or uint or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DynamicObj.DynamicObj obj:
                writer.WriteStartObject();
                foreach (var (key, v) in obj.GetProperties(true))
                {
                    writer.WritePropertyName(key);
                    Value(writer, v, path + "." + key);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                    writer.WritePropertyName(key);
                    Value(writer, entry.Value, path + "." + key);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence when !HasOwnConverter(value):
                writer.WriteStartArray();
                int i = 0;
                foreach (object? item in sequence)
                {
                    Value(writer, item, $"{path}[{i}]");
                    i++;
                }

                writer.WriteEndArray();
                break;
            default:
                // Plotly.NET types with their own Json.NET converters (Color, style parameters, ...).
                writer.WriteRawValue(JsonConvert.SerializeObject(value));
                break;
        }
    }

    private static bool HasOwnConverter(object value) =>
        Attribute.IsDefined(value.GetType(), typeof(Newtonsoft.Json.JsonConverterAttribute), inherit: true);

    private static double Finite(double value, string path)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException(
                $"The chart holds {value.ToString(CultureInfo.InvariantCulture)} at {path}: JSON (and plotly.js) cannot carry NaN or infinity. Leave such points out or use null for gaps.");
        }

        return value;
    }
}
