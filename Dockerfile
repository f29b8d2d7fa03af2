# Krisrum console: one image, SQLite by default, PostgreSQL when DATABASE_URL is set.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source with node-gyp
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 KRISRUM_DATA_DIR=/data
# The runtime settings of scripts/server-runtime.mjs (why: see there), as npm start applies them.
ENV MALLOC_MMAP_THRESHOLD_=4194304
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/dist ./client/dist
VOLUME ["/data"]
EXPOSE 3000
USER node
CMD ["node", "--max-semi-space-size=2", "dist/server/index.js"]
