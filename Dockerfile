# The CMS image (docs/deploy.md). Build it from the repository root — the build needs the whole pnpm
# workspace (the lockfile, shared-schema, the build command in scripts/), not only cms/:
#
#   docker build -t valfardsguiden-cms .
#
# The build step is `pnpm run cms:build`, the command the test suite's global setup runs before every
# test run. tests/deploy/ checks this file against the repository and runs its stages without Docker
# (tests/deploy/docker-build.test.ts), so the image cannot drift from what the tests build.
# Instructions that emulation supports: FROM, ENV, WORKDIR, COPY, RUN, USER, EXPOSE, HEALTHCHECK, CMD.

FROM node:24-bookworm-slim AS base
# Browser tools elsewhere in the workspace must never download a browser into the image.
ENV PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 STRAPI_TELEMETRY_DISABLED=true
WORKDIR /app
COPY package.json ./
# The pnpm that package.json's packageManager pins, installed with npm: corepack's signature checks fail
# in places (docs/adr/001), and reading the pin here means there is no second version to keep in step.
RUN npm install --global --no-fund --no-audit "$(node -p 'require("./package.json").packageManager')"

# Dependencies of the CMS and of the build command (scripts/), from the manifests alone, so this layer is
# reused until a manifest or the lockfile changes. No install scripts: the only one of ours is
# shared-schema's `prepare`, which needs its sources (cms:build compiles it below), and the native
# modules the CMS uses (better-sqlite3, sharp) ship prebuilt binaries.
FROM base AS build
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY shared-schema/package.json shared-schema/
COPY scripts/package.json scripts/
COPY cms/package.json cms/
RUN pnpm install --frozen-lockfile --ignore-scripts --filter @vg/cms... --filter @vg/scripts...
COPY . .
# shared-schema, then the admin panel and the server into cms/dist. No secrets or database needed.
RUN pnpm run cms:build

# Production dependencies only (no compilers, bundlers or test tools): the CMS's, and those of the
# first-admin command in scripts/ (zod, pg).
FROM base AS prod-deps
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY shared-schema/package.json shared-schema/
COPY scripts/package.json scripts/
COPY cms/package.json cms/
RUN pnpm install --frozen-lockfile --prod --ignore-scripts --filter @vg/cms... --filter @vg/scripts...

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=1337 STRAPI_TELEMETRY_DISABLED=true STRAPI_DISABLE_UPDATE_NOTIFICATION=true
WORKDIR /app/cms
# pnpm's node_modules link into /app/node_modules/.pnpm with relative links: keep the same layout.
COPY --from=prod-deps /app/node_modules /app/node_modules
COPY --from=prod-deps /app/shared-schema/node_modules /app/shared-schema/node_modules
COPY --from=prod-deps /app/cms/node_modules /app/cms/node_modules
COPY --from=prod-deps /app/scripts/node_modules /app/scripts/node_modules
COPY --from=build /app/shared-schema/package.json /app/shared-schema/
COPY --from=build /app/shared-schema/dist /app/shared-schema/dist
# tsconfig.json tells `strapi start` where the compiled app is (outDir); the labels are read from src/ at start.
COPY --from=build /app/cms/package.json /app/cms/tsconfig.json /app/cms/favicon.png /app/cms/
COPY --from=build /app/cms/dist /app/cms/dist
COPY --from=build /app/cms/src/labels /app/cms/src/labels
# `scripts/vg admin:create` without the wrapper — in production the only way to make the first admin,
# run in the container with its environment: docker compose exec cms node ../scripts/src/cli/create-admin.ts
COPY --from=build /app/scripts/package.json /app/scripts/
COPY --from=build /app/scripts/src /app/scripts/src
# The only folder the CMS writes to (local uploads, when no S3 bucket is configured): owned by the user it runs as.
COPY --from=build --chown=node:node /app/cms/public /app/cms/public
USER node
EXPOSE 1337
# Liveness only: /_ready (database, storage, Redis) is for the load balancer, so a database outage does not restart the CMS.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||1337)+'/_health').then(r=>process.exit(r.status===204?0:1),()=>process.exit(1))"]
CMD ["node", "node_modules/@strapi/strapi/bin/strapi.js", "start"]
