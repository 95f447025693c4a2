#!/bin/sh
# Streaming replication for db-replica (docker-compose.yml; docs/architecture.md, "Many API processes"). Run once by
# the postgres image, as the superuser, when it initialises an empty volume; on an existing volume run it by hand:
#   docker compose exec -e INNOMARKET_REPLICATOR_PASSWORD db sh /docker-entrypoint-initdb.d/20-replication.sh
#   docker compose restart db
# innomarket_replicator may stream the WAL and nothing else; pg_hba lets it in for replication only.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-innomarket}" \
  -v replicator_password="$INNOMARKET_REPLICATOR_PASSWORD" <<'SQL'
CREATE ROLE innomarket_replicator LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'replicator_password';
SQL
grep -q '^host replication innomarket_replicator' "$PGDATA/pg_hba.conf" ||
  echo 'host replication innomarket_replicator all scram-sha-256' >> "$PGDATA/pg_hba.conf"
