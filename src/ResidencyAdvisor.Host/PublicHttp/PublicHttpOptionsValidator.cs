using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>Checks the listener's limits at start-up (source-generated from the options' attributes, trimming safe).</summary>
[OptionsValidator]
internal sealed partial class PublicHttpOptionsValidator : IValidateOptions<PublicHttpOptions>;
