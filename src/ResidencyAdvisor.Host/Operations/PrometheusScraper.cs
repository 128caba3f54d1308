using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>A pull exporter: each scrape collects every "ResidencyAdvisor*" meter and renders Prometheus text.</summary>
internal sealed class PrometheusScraper : BaseExporter<Metric>
{
    private readonly Lock _gate = new();
    private StringBuilder? _text;

    public PrometheusScraper()
    {
        Reader = new BaseExportingMetricReader(this) { TemporalityPreference = MetricReaderTemporalityPreference.Cumulative };
    }

    /// <summary>The reader to add to the meter provider.</summary>
    public MetricReader Reader { get; }

    /// <summary>The current metrics as UTF-8 Prometheus text (one scrape at a time).</summary>
    public byte[] Scrape()
    {
        lock (_gate)
        {
            _text = new StringBuilder();
            try
            {
                Reader.Collect();
                return Encoding.UTF8.GetBytes(_text.ToString());
            }
            finally
            {
                _text = null;
            }
        }
    }

    public override ExportResult Export(in Batch<Metric> batch)
    {
        if (_text is { } text)
        {
            PrometheusText.Write(text, batch);
        }

        return ExportResult.Success;
    }
}
