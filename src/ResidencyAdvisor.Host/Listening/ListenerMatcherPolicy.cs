using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace ResidencyAdvisor.Host.Listening;

/// <summary>Marks an endpoint that answers only on the operations port (/health, /metrics).</summary>
internal sealed class OperationsOnlyMetadata
{
    public static readonly OperationsOnlyMetadata Instance = new();
}

/// <summary>
/// Splits the routes by the port a request arrived on, before paths and methods are matched: on the operations port
/// only operations endpoints exist, on the public addresses only the others. It reads the connection's local port,
/// not the Host header (which is what RequireHost matches), so a client cannot reach /health through the public
/// listener by naming the operations port; and an operations path asked on a public address is 404, not 405.
/// </summary>
internal sealed class ListenerMatcherPolicy(ListenerPlan plan) : MatcherPolicy, INodeBuilderPolicy
{
    // Before the HTTP method policy, so a wrong port never turns into 405.
    public override int Order => -10_000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => plan.Operations && endpoints.Count > 0;

    public IReadOnlyList<PolicyNodeEdge> GetEdges(IReadOnlyList<Endpoint> endpoints) =>
    [
        new(true, [.. endpoints.Where(IsOperationsOnly)]),
        new(false, [.. endpoints.Where(e => !IsOperationsOnly(e))]),
    ];

    public PolicyJumpTable BuildJumpTable(int exitDestination, IReadOnlyList<PolicyJumpTableEdge> edges)
    {
        int Destination(bool operations) => edges.FirstOrDefault(e => (bool)e.State == operations) is { State: not null } edge ? edge.Destination : exitDestination;
        return new PortJumpTable(plan, Destination(operations: true), Destination(operations: false));
    }

    private static bool IsOperationsOnly(Endpoint endpoint) => endpoint.Metadata.GetMetadata<OperationsOnlyMetadata>() is not null;

    private sealed class PortJumpTable(ListenerPlan plan, int operations, int others) : PolicyJumpTable
    {
        public override int GetDestination(HttpContext httpContext) =>
            plan.IsOperations(httpContext.Connection.LocalPort) ? operations : others;
    }
}
