# syntax=docker/dockerfile:1
# One image for the four services and the portal; the command picks which one runs, e.g.
#   docker run joint-response/backend:latest node dist/apps/staffing/src/main.js
# PORT should be set with it: the health check below falls back to the default command's 3001.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# swagger-ui-dist's install script would otherwise phone home.
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json* ./
# npm ci keeps builds reproducible; npm install only rescues a lock file that lags package.json.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund \
    || { echo "npm ci failed (package-lock.json out of sync?); falling back to npm install" >&2; \
         npm install --no-audit --no-fund; }
COPY . .
RUN npx tsc -b && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Root-owned and read-only for the app user: the process cannot rewrite its own code.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The image's `node` user, by uid so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000 3001 3002 3003 3004
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3001) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/incidents/src/main.js"]
