-- Run once by the postgres image on an empty volume (docker-compose.yml mounts this folder on
-- /docker-entrypoint-initdb.d): a database and a user of its own for Apicurio Registry's schemas. The pipeline's
-- tables live in the database `dateline`, created by POSTGRES_DB, and are migrated by the sink (Flyway).
CREATE ROLE registry LOGIN PASSWORD 'registry';
CREATE DATABASE registry OWNER registry;
