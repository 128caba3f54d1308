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
RUN mkdir -p /data && chown app:app /data
VOLUME /data
USER app
ENTRYPOINT ["dotnet", "residency-advisor.dll"]
