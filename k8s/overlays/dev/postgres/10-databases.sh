#!/bin/bash
# Run once by the postgres image's entrypoint, as the superuser, when the data directory is new: one role and one
# database per service, the database owned by the role (Flyway creates the service's schema in it), and the
# extensions the services need, which only a privileged role may create.
set -euo pipefail

for service in certificate petition schedule; do
  username_variable="${service^^}_DB_USERNAME"
  password_variable="${service^^}_DB_PASSWORD"
  psql --no-psqlrc --set=ON_ERROR_STOP=1 --username="$POSTGRES_USER" --dbname=postgres \
    --set=role="${!username_variable}" --set=password="${!password_variable}" --set=database="$service" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
SQL
  psql --no-psqlrc --set=ON_ERROR_STOP=1 --username="$POSTGRES_USER" --dbname="$service" <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;
SQL
done
