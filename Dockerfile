# Build stage: the .NET SDK plus the native toolchain Native AOT links with (clang and zlib from the distribution).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The same command .ci/run publishes and smoke-tests; the debug symbols stay behind.
RUN dotnet publish src/ResidencyAdvisor.Host -c Release -r linux-x64 -o /app \
    && rm -f /app/*.dbg /app/*.pdb

# Runtime stage: a Native AOT binary needs no .NET runtime, only the native libraries in runtime-deps.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
# The binary, the SQLite native library and config/ sit side by side, as they were published.
COPY --from=build /app .
# Conversations live in /data; mount a volume there so they survive a redeploy.
ENV Storage__SqlitePath=/data/conversations.db
# The folder and every file the bot creates are its user's alone (0700 / 0600): they hold students' scores.
RUN mkdir -p /data && chown app:app /data && chmod 0700 /data
VOLUME /data
USER app
ENTRYPOINT ["/bin/sh", "-c", "umask 077 && exec ./residency-advisor \"$@\"", "residency-advisor"]
