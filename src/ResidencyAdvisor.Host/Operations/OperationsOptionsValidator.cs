using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>Checks the operations settings' data annotations at start-up, generated at compile time so it needs no reflection.</summary>
[OptionsValidator]
internal sealed partial class OperationsOptionsValidator : IValidateOptions<OperationsOptions>;
