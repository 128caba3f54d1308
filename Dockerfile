# Build stage: restore and publish the host with the official .NET SDK image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ResidencyAdvisor.Host -c Release -o /app

# Runtime stage: the plain .NET runtime is enough (/metrics and /health use the base library's HttpListener).
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
# Conversations live in /data; mount a volume there so they survive a redeploy.
ENV Storage__SqlitePath=/data/conversations.db
# The folder and every file the bot creates are its user's alone (0700 / 0600): they hold students' scores.
RUN mkdir -p /data && chown app:app /data && chmod 0700 /data
VOLUME /data
USER app
ENTRYPOINT ["/bin/sh", "-c", "umask 077 && exec dotnet residency-advisor.dll \"$@\"", "residency-advisor"]
