# The Readout Graph app (API + built explorer + `kg` CLI) for docker-compose.yml; Neo4j runs in its own service.
# Build stage: all dependencies, then the Vite build of web/ into dist/web.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Vite 8's lockfile needs npm 11 (node:20 ships npm 10).
RUN npm install -g npm@11
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx vite build

# Runtime stage: production dependencies only (tsx runs the TypeScript sources, so no compile step).
FROM node:20-bookworm-slim
ENV NODE_ENV=production TZ=UTC
WORKDIR /app
RUN npm install -g npm@11
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
COPY --from=build /app/dist ./dist
USER node
EXPOSE 7475
CMD ["node", "importer/kg.js", "start", "--host", "0.0.0.0"]
