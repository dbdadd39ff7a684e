# The API image: `npm run build` (the compiled service, the explorer's bundle,
# the check that dist/ needs no dev dependency), packed with `npm pack`, so the
# image holds exactly package.json's "files" (dist/, dist-explorer/, the SDL,
# the seed files with the article's outline and the ontology extracts, the
# playground's example operations, NOTICE), the same artifact CI smoke-tests,
# and production dependencies only. Neo4j comes from NEO4J_URI
# (docker-compose.yml starts one).
#
# The base image is Node 24, so `npm ci` runs with --ignore-scripts: the `node`
# package, which brings Node 24 where a machine has an older one, would only
# download a second copy of it.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm pack --silent && mkdir artifact && tar -xzf ./*.tgz -C artifact --strip-components=1

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/artifact ./
USER node
EXPOSE 4000
# The health check asks the port the service listens on: PORT's, 4000 unless set.
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/main.js"]
