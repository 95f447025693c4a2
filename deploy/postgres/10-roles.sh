#!/bin/sh
# The database roles of docs/architecture.md ("Database roles"). The postgres image runs this once, as the
# superuser, when it initialises an empty volume; on an existing volume run it by hand, as the superuser:
#   docker compose exec -e INNOMARKET_OWNER_PASSWORD -e INNOMARKET_API_PASSWORD db sh /docker-entrypoint-initdb.d/10-roles.sh
# - innomarket_owner owns the database and runs the migrations (MIGRATION_DATABASE_URL);
# - innomarket_runtime (no login) holds what the API may do: the migrations grant it;
# - innomarket_api, the API's login (DATABASE_URL), is a member of innomarket_runtime and nothing more.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-innomarket}" \
  -v owner_password="$INNOMARKET_OWNER_PASSWORD" -v api_password="$INNOMARKET_API_PASSWORD" <<'SQL'
CREATE ROLE innomarket_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE innomarket_runtime NOLOGIN;
CREATE ROLE innomarket_api LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'api_password' IN ROLE innomarket_runtime;
ALTER DATABASE innomarket OWNER TO innomarket_owner;
SQL
