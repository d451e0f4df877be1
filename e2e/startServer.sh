#!/usr/bin/env sh
# The server Playwright tests against: the production build on a fresh embedded database
# (sample content seeded on start), with an editor, a moderator and an administrator account
# for the desk.
set -eu
# One directory per port, emptied at every start: runs never see each other's data, and
# nothing piles up however the previous run was stopped.
DATA_DIR="${TMPDIR:-/tmp}/newsroom-e2e-$PORT"
rm -rf "$DATA_DIR"
export DATA_DIR
NEWSROOM_PASSWORD="$E2E_EDITOR_PASSWORD" pnpm --silent --filter @newsroom/server cli user:create --login e2e-editor --role EDITOR --name "E2E Editor"
NEWSROOM_PASSWORD="$E2E_MODERATOR_PASSWORD" pnpm --silent --filter @newsroom/server cli user:create --login e2e-moderator --role MODERATOR --name "E2E Moderator"
NEWSROOM_PASSWORD="$E2E_ADMIN_PASSWORD" pnpm --silent --filter @newsroom/server cli user:create --login e2e-admin --role ADMIN --name "E2E Admin"
exec pnpm --filter @newsroom/server start
