namespace ResidencyAdvisor.Discord.Http;

/// <summary>
/// The HTTP response of one interaction POSTed to the endpoint, which is where its initial response goes. The turn
/// hands over the JSON; the endpoint writes it and says so, and only then may edits and follow-ups go to the webhook.
/// </summary>
internal sealed class HttpInitialResponse
{
    private readonly TaskCompletionSource<byte[]> _body = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The initial response's JSON, once the turn has one; cancelled when the turn ended without one.</summary>
    public Task<byte[]> Body => _body.Task;

    /// <summary>Hands the initial response to the endpoint and waits until it is on the wire.</summary>
    public async Task SendAsync(byte[] json, CancellationToken cancellationToken)
    {
        if (!_body.TrySetResult(json))
        {
            throw new InvalidOperationException("The interaction's HTTP response was already given or given up.");
        }

        await _written.Task.WaitAsync(cancellationToken);
    }

    public void Written() => _written.TrySetResult();

    public void WriteFailed(Exception exception) => _written.TrySetException(exception);

    /// <summary>The turn ended (or the endpoint stopped waiting) without an initial response.</summary>
    public void Abandon()
    {
        if (_body.TrySetCanceled())
        {
            _written.TrySetCanceled();
        }
    }
}
