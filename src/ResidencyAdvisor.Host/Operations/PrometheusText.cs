using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>
/// Writes a batch of OpenTelemetry metrics in the Prometheus text format: names with dots as underscores and the unit
/// spelled out (ms becomes milliseconds; {annotations} are dropped), counters ending in _total, histograms as
/// cumulative _bucket series with _sum and _count.
/// </summary>
internal static class PrometheusText
{
    public static void Write(StringBuilder text, in Batch<Metric> batch)
    {
        foreach (var metric in batch)
        {
            var name = Name(metric);
            text.Append("# HELP ").Append(name).Append(' ').AppendLine(metric.Description.Replace('\n', ' '));
            text.Append("# TYPE ").Append(name).Append(' ').AppendLine(Type(metric.MetricType));
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var labels = Labels(point);
                switch (metric.MetricType)
                {
                    case MetricType.Histogram:
                        WriteHistogram(text, name, labels, point);
                        break;
                    case MetricType.LongSum or MetricType.LongSumNonMonotonic:
                        Sample(text, name, labels, point.GetSumLong());
                        break;
                    case MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic:
                        Sample(text, name, labels, point.GetSumDouble());
                        break;
                    case MetricType.LongGauge:
                        Sample(text, name, labels, point.GetGaugeLastValueLong());
                        break;
                    case MetricType.DoubleGauge:
                        Sample(text, name, labels, point.GetGaugeLastValueDouble());
                        break;
                }
            }
        }
    }

    private static void WriteHistogram(StringBuilder text, string name, string labels, in MetricPoint point)
    {
        long cumulative = 0;
        foreach (var bucket in point.GetHistogramBuckets())
        {
            cumulative += bucket.BucketCount;
            var bound = double.IsPositiveInfinity(bucket.ExplicitBound) ? "+Inf" : Number(bucket.ExplicitBound);
            var le = $"le=\"{bound}\"";
            Sample(text, name + "_bucket", labels.Length == 0 ? le : labels + "," + le, cumulative);
        }

        Sample(text, name + "_sum", labels, point.GetHistogramSum());
        Sample(text, name + "_count", labels, point.GetHistogramCount());
    }

    private static void Sample(StringBuilder text, string name, string labels, double value) =>
        text.Append(name).Append('{').Append(labels).Append("} ").AppendLine(Number(value));

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Labels(in MetricPoint point)
    {
        var labels = new StringBuilder();
        foreach (var tag in point.Tags)
        {
            if (labels.Length > 0)
            {
                labels.Append(',');
            }

            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
            labels.Append(Sanitize(tag.Key)).Append("=\"")
                .Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal))
                .Append('"');
        }

        return labels.ToString();
    }

    private static string Name(Metric metric)
    {
        var name = Sanitize(metric.Name);
        var unit = metric.Unit switch
        {
            null or "" or "1" => "",
            "ms" => "milliseconds",
            "s" => "seconds",
            "By" => "bytes",
            var other when other.StartsWith('{') => "",
            var other => Sanitize(other),
        };
        if (unit.Length > 0 && !name.EndsWith("_" + unit, StringComparison.Ordinal))
        {
            name += "_" + unit;
        }

        return metric.MetricType is MetricType.LongSum or MetricType.DoubleSum ? name + "_total" : name;
    }

    private static string Type(MetricType type) => type switch
    {
        MetricType.LongSum or MetricType.DoubleSum => "counter",
        MetricType.Histogram => "histogram",
        _ => "gauge",
    };

    private static string Sanitize(string name)
    {
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? c : '_');
        }

        return clean.ToString();
    }
}
