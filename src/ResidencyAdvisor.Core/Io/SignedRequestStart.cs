namespace ResidencyAdvisor.Core.Io;

/// <summary>
/// The start every signed endpoint shares: a declared size over the limit is 413, missing, malformed or stale
/// signature headers are 401 (both before a byte of the body is read), a body slower than the read deadline is 408,
/// and a body the signature does not cover is 401. Transport-agnostic: the caller passes headers, length and stream.
/// </summary>
public static class SignedRequestStart
{
    public static async Task<SignedRequest> RunAsync(IRequestSignature signature, Func<string, string?> header, long? declaredLength,
        Stream body, RequestBodyLimits limits, TimeProvider time, CancellationToken cancellationToken)
    {
        if (declaredLength > limits.MaxRequestBodyBytes)
        {
            return SignedRequest.Refused(SignedRequest.TooLarge, "body over PublicHttp:MaxRequestBodyBytes");
        }

        var timestamp = header(signature.TimestampHeader);
        var signed = header(signature.SignatureHeader);
        if (signature.RefuseHeaders(timestamp, signed) is { } badHeaders)
        {
            return SignedRequest.Refused(SignedRequest.Unsigned, badHeaders);
        }

        using var deadline = new CancellationTokenSource(limits.ReadTimeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        byte[]? bytes;
        try
        {
            bytes = await BoundedBody.ReadAsync(body, declaredLength, limits.MaxRequestBodyBytes, either.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return SignedRequest.Refused(SignedRequest.TooSlow, "body slower than PublicHttp:ReadTimeout");
        }

        if (bytes is null)
        {
            return SignedRequest.Refused(SignedRequest.TooLarge, "body over PublicHttp:MaxRequestBodyBytes");
        }

        return signature.RefuseBody(timestamp!, signed!, bytes) is { } badSignature
            ? SignedRequest.Refused(SignedRequest.Unsigned, badSignature)
            : new SignedRequest(bytes, 200, null);
    }
}
