"""Quality and speed evaluations (run as ``python -m eval.<name>``)."""
