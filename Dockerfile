# syntax=docker/dockerfile:1
# Two stages: build (TypeScript compiled with the dev dependencies), then a slim runtime with the production
# dependencies only, the compiled dist/ and the corpus, running as the unprivileged `node` user.
#   docker build -t rupture-bot .
#   docker run --env-file .env -e METRICS_PORT=9100 rupture-bot                       # gateway bot
#   docker run --env-file .env -p 3000:3000 rupture-bot node dist/src/serve.js        # HTTP interactions endpoint
# compose.yaml runs either mode.

ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts yet: `prepare` compiles, which needs the sources copied below.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# Runtime dependencies only; `prepare` (which would look for a compiler) is not needed: dist/ comes built.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist/src dist/src
COPY --from=build /app/dist/commands dist/commands
# The CLI's bundle (`npm run cli`).
COPY --from=build /app/dist/bundle dist/bundle
# What `npm run build` derives: the lexicon's word tables and the checked content (without them each process
# derives the tables and checks the content at its start).
COPY --from=build /app/dist/data dist/data
COPY corpus corpus
USER node
# The HTTP endpoint's port (npm run serve) and the health/metrics port; HEALTHCHECK asks /healthz on the latter.
ENV METRICS_PORT=9100
EXPOSE 3000 9100
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/src/healthcheck.js"]
# The gateway bot; `node dist/src/serve.js` for the HTTP endpoint. Node itself is PID 1 and stops cleanly on SIGTERM.
CMD ["node", "dist/src/main.js"]
