-- Run once as a superuser on an external PostgreSQL (>= 15) before the first start of Tokenroll.
-- The owner role owns the schema and runs migrations; the app role owns nothing and cannot bypass
-- row-level security. Replace the passwords.
CREATE ROLE tokenroll_owner LOGIN PASSWORD 'change-me-owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE tokenroll_app   LOGIN PASSWORD 'change-me-app'   NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE DATABASE tokenroll OWNER tokenroll_owner;
GRANT CONNECT ON DATABASE tokenroll TO tokenroll_app;
-- Then start Tokenroll with
--   DATABASE_URL=postgres://tokenroll_owner:change-me-owner@host:5432/tokenroll
--   DATABASE_APP_URL=postgres://tokenroll_app:change-me-app@host:5432/tokenroll
-- Migrations grant the app role exactly the table rights it needs.
