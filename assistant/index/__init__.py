"""Embeddings and the vector index (Chroma) over the record store."""
