# syntax=docker/dockerfile:1
# Multi-stage: install → build (against a throwaway embedded PostgreSQL) → slim runtime (Next standalone).
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# The public URL is baked into the build: prerendered links and the security headers (HSTS when https).
ARG SERVER_URL=http://localhost:3000
# Next's deployment id (skew protection between replicas of different builds); empty means none.
ARG NEXT_DEPLOYMENT_ID=
ENV NEXT_OUTPUT=standalone NEXT_TELEMETRY_DISABLED=1 SERVER_URL=$SERVER_URL NEXT_DEPLOYMENT_ID=$NEXT_DEPLOYMENT_ID
# No DATABASE_URL here: the build migrates and prerenders against the embedded PostgreSQL.
RUN npm run build && rm -rf .data

FROM node:20.20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system app && useradd --system --gid app app && mkdir -p /app/media && chown app:app /app/media
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
# Standalone output leaves public/ out; the admin's icons and share card are there (public/brand).
COPY --from=build --chown=app:app /app/public ./public
USER app
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Migrations are applied by Payload at boot (prodMigrations) before the first request is served.
CMD ["node", "server.js"]
