#!/bin/sh
# db-replica's entrypoint: on an empty volume, a base backup of db (pg_basebackup -R: standby.signal and
# primary_conninfo written for it) through a replication slot that keeps the WAL it has not received yet;
# then the image's own entrypoint starts it as a hot standby. Reads only: the API sends it anonymous public reads.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db -U innomarket_replicator -d innomarket -q; do sleep 1; done
  export PGPASSWORD="$INNOMARKET_REPLICATOR_PASSWORD"
  mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
  gosu postgres psql -h db -U innomarket_replicator -d innomarket -v ON_ERROR_STOP=1 -c \
    "SELECT pg_create_physical_replication_slot('db_replica') WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = 'db_replica')"
  gosu postgres pg_basebackup -h db -U innomarket_replicator -D "$PGDATA" -R -X stream -S db_replica --progress
fi
exec docker-entrypoint.sh postgres -c hot_standby=on
