"""Ingest: read intake sheets, case files and transcripts into validated records, then store
them idempotently (:mod:`assistant.ingest.service`)."""
