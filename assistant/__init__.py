"""Facilitation assistant for peer learning networks.

Everything is a Python function first: ``assistant.ingest``, ``assistant.index``,
``assistant.cluster``, ``assistant.summarize``, ``assistant.review``, ``assistant.publish``.
The CLI (``assistant.cli``) and the web app (``assistant.ui``) are thin shells over them.
"""

__version__ = "0.1.0"
