# Build stage: restore and publish the host with the official .NET SDK image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ResidencyAdvisor.Host -c Release -o /app

# Runtime stage: the ASP.NET Core runtime, for the public listener of the HTTP modes (interactions endpoint).
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Conversations live in /data; mount a volume there so they survive a redeploy.
ENV Storage__SqlitePath=/data/conversations.db
RUN mkdir -p /data && chown app:app /data
VOLUME /data
USER app
ENTRYPOINT ["dotnet", "residency-advisor.dll"]
